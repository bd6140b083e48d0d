package org.safeguard.caserecords.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.safeguard.caserecords.demo.Workforce.DistrictTeams;
import org.safeguard.caserecords.demo.Workforce.TeamForce;
import org.safeguard.caserecords.demo.Workforce.Worker;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.Role;

/**
 * Today's open caseload: how many open cases each case-holding worker holds (14–22 scaled by FTE,
 * one worker per team of three or more over the guide of 20 per FTE), in which state, in families
 * of one to four children; plus a handful of fresh referrals nobody has been allocated yet.
 */
final class CaseloadPlan {

    enum State { ASSESSMENT, CP_ENQUIRY, CHILD_IN_NEED, CHILD_PROTECTION }

    /** @param worker null for an unallocated referral (then team is null too) */
    record OpenFamily(DistrictTeams district, TeamForce team, Worker worker, State state, int children) {}

    static final int GUIDE_PER_FTE = 20;

    private final List<OpenFamily> families;
    private final Map<Long, Integer> targets;

    private CaseloadPlan(List<OpenFamily> families, Map<Long, Integer> targets) {
        this.families = List.copyOf(families);
        this.targets = Map.copyOf(targets);
    }

    static CaseloadPlan plan(Workforce workforce, Random rnd) {
        List<OpenFamily> families = new ArrayList<>();
        Map<Long, Integer> targets = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (DistrictTeams district : workforce.districts()) {
            for (TeamForce team : district.teams()) {
                List<Worker> workers = team.workers().stream().filter(w -> seen.add(w.id())).toList();
                int overloaded = workers.size() >= 3 ? rnd.nextInt(workers.size()) : -1;
                for (int i = 0; i < workers.size(); i++) {
                    Worker worker = workers.get(i);
                    int target = target(rnd, worker, i == overloaded);
                    targets.put(worker.id(), target);
                    int remaining = target;
                    while (remaining > 0) {
                        int children = Math.min(remaining, childrenInFamily(rnd));
                        families.add(new OpenFamily(district, team, worker, state(rnd, team, worker), children));
                        remaining -= children;
                    }
                }
            }
        }
        // fresh referrals from the last few days, waiting for a manager to allocate them
        int perDistrict = workforce.districts().size() == 1 ? 2 : 1;
        for (DistrictTeams district : workforce.districts()) {
            for (int i = 0; i < perDistrict; i++) {
                families.add(new OpenFamily(district, null, null, State.ASSESSMENT, 1 + rnd.nextInt(2)));
            }
        }
        return new CaseloadPlan(families, targets);
    }

    private static int target(Random rnd, Worker worker, boolean overloaded) {
        double fte = worker.fte() <= 0 ? 1.0 : worker.fte();
        if (overloaded) {
            return (int) Math.ceil(GUIDE_PER_FTE * fte) + 1 + rnd.nextInt(4);
        }
        int perFte = worker.role() == Role.CHILDRENS_PRACTITIONER ? 12 + rnd.nextInt(7) : 14 + rnd.nextInt(9);
        return Math.max(1, (int) Math.round(perFte * fte));
    }

    /** One to four children, most families one or two. */
    static int childrenInFamily(Random rnd) {
        double u = rnd.nextDouble();
        return u < 0.38 ? 1 : u < 0.73 ? 2 : u < 0.92 ? 3 : 4;
    }

    private static State state(Random rnd, TeamForce team, Worker worker) {
        double u = rnd.nextDouble();
        if (worker.role() == Role.CHILDRENS_PRACTITIONER) {
            // alternatively qualified workers hold child-in-need work under supervision
            return State.CHILD_IN_NEED;
        }
        if (team.type() == TeamType.ASSESSMENT) {
            return u < 0.85 ? State.ASSESSMENT : State.CP_ENQUIRY;
        }
        return u < 0.14 ? State.ASSESSMENT : u < 0.22 ? State.CP_ENQUIRY : u < 0.64 ? State.CHILD_IN_NEED
                : State.CHILD_PROTECTION;
    }

    List<OpenFamily> families() {
        return families;
    }

    /** Open cases planned per worker id. */
    Map<Long, Integer> targets() {
        return targets;
    }

    int children() {
        return families.stream().mapToInt(OpenFamily::children).sum();
    }

    int unallocatedChildren() {
        return families.stream().filter(f -> f.worker() == null).mapToInt(OpenFamily::children).sum();
    }
}
