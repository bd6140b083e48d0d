package org.safeguard.caserecords.demo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import org.safeguard.caserecords.demo.Workforce.DistrictTeams;

/**
 * The demo history of one authority: today's open caseload first (so the pages have something to
 * show while a big history is still being written), then closed histories until the number of
 * children is reached, districts weighted by their number of case-holding workers. Deterministic:
 * the authority's code seeds every choice.
 */
final class DemoPlan {

    private final Workforce workforce;
    private final CaseloadPlan caseload;
    private final int children;
    private final long seed;

    private DemoPlan(Workforce workforce, CaseloadPlan caseload, int children, long seed) {
        this.workforce = workforce;
        this.caseload = caseload;
        this.children = children;
        this.seed = seed;
    }

    static DemoPlan of(Workforce workforce, DemoSize size, boolean largest) {
        long seed = seedFor(workforce.authorityCode());
        CaseloadPlan caseload = CaseloadPlan.plan(workforce, new Random(seed));
        return new DemoPlan(workforce, caseload, size.childrenFor(largest, caseload.children()), seed);
    }

    static long seedFor(String authorityCode) {
        long h = 0x5AFE_6A4DL;
        for (char ch : authorityCode.toCharArray()) {
            h = h * 31 + ch;
        }
        return h;
    }

    CaseloadPlan caseload() {
        return caseload;
    }

    /** Children this plan makes: the open caseload's and the closed histories'. */
    int children() {
        return children;
    }

    /**
     * Children referred with care proceedings in view, per case-holding worker (what corporate parenting
     * builds on): about 150 in care at a time in the demo Cambridgeshire, 190 in the demo county, in
     * proportion to its open caseload against the seeds' county (~700 in care, `001`).
     */
    static final int CARE_CHILDREN_PER_WORKER = 11;
    /** Unaccompanied young people who arrived alone: one for every three case-holding workers. */
    static final int WORKERS_PER_UNACCOMPANIED = 3;

    /**
     * Families whose children came into care, and young people who arrived in the county alone,
     * after the rest of the history: their own random stream, so the families above are the same
     * with or without them. Referrals spread over nine years (older children more often, as the
     * seeds say the population in care is getting older); arrivals over the last four and a half.
     */
    List<FamilyHistory> careFamilies(HistoryGenerator generator, java.time.LocalDate today) {
        Random rnd = new Random(seed ^ 0xCA2E_F0A1L);
        List<DistrictTeams> districts = workforce.districts();
        int workers = districts.stream().mapToInt(DistrictTeams::workers).sum();
        List<FamilyHistory> out = new ArrayList<>();
        int children = 0;
        while (children < CARE_CHILDREN_PER_WORKER * workers) {
            double when = rnd.nextDouble();
            double yearsAgo = when < 0.35 ? 0.4 + rnd.nextDouble() * 1.6 : when < 0.75 ? 2 + rnd.nextDouble() * 3
                    : 5 + rnd.nextDouble() * 4;
            java.time.LocalDate referral = today.minusDays((long) (yearsAgo * 365));
            double age = rnd.nextDouble();
            double eldestAge = age < 0.2 ? rnd.nextDouble() * 4.5 : age < 0.4 ? 5 + rnd.nextDouble() * 4.9
                    : age < 0.7 ? 10 + rnd.nextDouble() * 3.9 : 14 + rnd.nextDouble() * 2.3;
            java.time.LocalDate eldest = referral.minusDays((long) (eldestAge * 365) + 20);
            int size = rnd.nextDouble() < 0.55 ? 1 : rnd.nextDouble() < 0.67 ? 2 : 3;
            FamilyHistory f = generator.cameIntoCare(new Random(rnd.nextLong()), district(districts, rnd.nextInt(workers)),
                    referral, eldest, size);
            out.add(f);
            children += f.children();
        }
        for (int i = 0; i < Math.max(1, workers / WORKERS_PER_UNACCOMPANIED); i++) {
            java.time.LocalDate arrived = today.minusDays(120 + rnd.nextInt(4 * 365));
            java.time.LocalDate born = arrived.minusDays((long) ((14.5 + rnd.nextDouble() * 2.8) * 365));
            out.add(generator.unaccompanied(new Random(rnd.nextLong()), district(districts, rnd.nextInt(workers)), arrived, born));
        }
        return out;
    }

    private static DistrictTeams district(List<DistrictTeams> districts, int pick) {
        for (DistrictTeams d : districts) {
            if (pick < d.workers()) {
                return d;
            }
            pick -= d.workers();
        }
        return districts.get(0);
    }

    /** Every family, one at a time, in a fixed order; generated as they are asked for. */
    Iterator<FamilyHistory> families(HistoryGenerator generator) {
        Random master = new Random(seed ^ 0x9E37_79B9_7F4A_7C15L);
        Iterator<CaseloadPlan.OpenFamily> open = caseload.families().iterator();
        List<DistrictTeams> districts = workforce.districts();
        int totalWorkers = districts.stream().mapToInt(DistrictTeams::workers).sum();
        return new Iterator<>() {
            private long made;

            @Override
            public boolean hasNext() {
                return open.hasNext() || made < children;
            }

            @Override
            public FamilyHistory next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                FamilyHistory f = open.hasNext() ? generator.open(new Random(master.nextLong()), open.next())
                        : generator.history(new Random(master.nextLong()), district(master.nextInt(totalWorkers)));
                made += f.children();
                return f;
            }

            /** Districts weighted by their case-holding workers: a bigger district sees more families. */
            private DistrictTeams district(int pick) {
                for (DistrictTeams d : districts) {
                    if (pick < d.workers()) {
                        return d;
                    }
                    pick -= d.workers();
                }
                return districts.get(0);
            }
        };
    }
}
