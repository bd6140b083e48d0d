package org.safeguard.fostering.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.fostering.data.HouseholdRepository.CarerDetails;
import org.safeguard.fostering.model.ApprovalTerm;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.model.DeregistrationReason;
import org.safeguard.fostering.model.PlacementNeed;
import org.safeguard.fostering.model.TrainingCourse;
import org.safeguard.fostering.rules.PlacementFit;
import org.safeguard.platform.api.organisation.District;

/**
 * The demo county's foster carers, planned from its fostering team and its open cases: no
 * database here, so the mix is unit-tested. Sized by supervising social worker caseloads (about 17
 * households each, a manager a few): a county with about 700 children in care and roughly 200
 * in-house households has a dozen supervising social workers; the demo's fostering team has two,
 * so about 40 households. About 70% mainstream, 18% kinship (Ofsted's fostering statistics show one
 * household in six is family and friends), the rest short breaks; annual reviews mostly in date,
 * some due soon, some overdue, a couple lapsed; two de-registered households; about two thirds of
 * mainstream places filled with children of open cases whose age fits, a few matches pending.
 */
final class DemoPlan {

    static final int HOUSEHOLDS_PER_SOCIAL_WORKER = 17;
    static final int HOUSEHOLDS_PER_MANAGER = 6;

    /** A member of the fostering team who supervises carers. */
    record Worker(long id, String name, boolean manager) {}

    record Training(TrainingCourse course, LocalDate on) {}

    record Placement(long caseId, LocalDate from, LocalDate to) {}

    /** @param approvals oldest first; a change of terms or a fresh approval is a later entry */
    record Household(String name, List<CarerDetails> carers, String address, String town, String postcode,
                     Long districtId, String phone, Worker worker, List<ApprovalTerms> approvals,
                     LocalDate deregisteredOn, DeregistrationReason deregistrationReason, List<LocalDate> reviews,
                     List<Training> training, List<Placement> placements) {

        ApprovalTerms current() {
            return approvals.get(approvals.size() - 1);
        }

        boolean active() {
            return deregisteredOn == null;
        }

        int livingNow() {
            return (int) placements.stream().filter(p -> p.to() == null).count();
        }
    }

    /** @param household index into the plan's households */
    record Match(int household, List<Long> caseIds, PlacementNeed need, LocalDate proposedStart, boolean fellThrough,
                 LocalDate matchedOn) {}

    record Plan(List<Household> households, List<Match> matches) {}

    private static final int[][] MAINSTREAM_AGES = {{0, 4}, {0, 10}, {0, 17}, {5, 17}, {8, 17}, {11, 17}, {2, 12}, {0, 2}};
    private static final int[] MAINSTREAM_PLACES = {1, 2, 2, 2, 3, 3, 1, 2};

    private final LocalDate today;
    private final Random rnd;
    private final List<District> districts;
    private final List<ChildCase> openCases;
    private final Set<Long> used = new HashSet<>();
    private final List<Integer> deregistering = new ArrayList<>();

    DemoPlan(LocalDate today, long seed, List<District> districts, List<ChildCase> openCases) {
        this.today = today;
        this.rnd = new Random(seed);
        this.districts = districts;
        this.openCases = openCases.stream().filter(c -> c.childDateOfBirth() != null)
                .sorted(Comparator.comparingLong(ChildCase::id)).toList();
    }

    static int householdsFor(List<Worker> workers) {
        return workers.stream().mapToInt(w -> w.manager() ? HOUSEHOLDS_PER_MANAGER : HOUSEHOLDS_PER_SOCIAL_WORKER).sum();
    }

    Plan plan(List<Worker> workers) {
        List<Worker> caseloads = new ArrayList<>();
        for (Worker worker : workers) {
            int n = worker.manager() ? HOUSEHOLDS_PER_MANAGER : HOUSEHOLDS_PER_SOCIAL_WORKER;
            for (int i = 0; i < n; i++) {
                caseloads.add(worker);
            }
        }
        // the last two mainstream households approved for years have since de-registered
        deregistering.clear();
        for (int i = caseloads.size() - 1; i >= 0 && deregistering.size() < 2; i--) {
            if (i % 6 != 3 && i % 8 != 5 && i % 9 != 0) {
                deregistering.add(i);
            }
        }
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < caseloads.size(); i++) {
            households.add(household(i, caseloads.get(i)));
        }
        return new Plan(households, matches(households));
    }

    private Household household(int i, Worker worker) {
        ApprovalType type = i % 6 == 3 ? ApprovalType.KINSHIP : i % 8 == 5 ? ApprovalType.SHORT_BREAKS : ApprovalType.MAINSTREAM;
        String surname = DemoWords.SURNAMES.get(i % DemoWords.SURNAMES.size());
        boolean couple = rnd.nextInt(10) < 7;
        String woman = DemoWords.pick(rnd, DemoWords.WOMEN);
        String man = DemoWords.pick(rnd, DemoWords.MEN);
        boolean single = !couple;
        List<CarerDetails> carers = new ArrayList<>();
        LocalDate born = today.minusYears(34 + rnd.nextInt(28)).minusDays(rnd.nextInt(365));
        carers.add(new CarerDetails(woman + " " + surname, born));
        if (couple) {
            carers.add(new CarerDetails(man + " " + surname, born.minusYears(rnd.nextInt(5)).minusDays(rnd.nextInt(200))));
        }
        String name = single ? woman + " " + surname : woman + " and " + man + " " + surname;
        District district = districts.get(i % districts.size());
        DemoWords.Town town = DemoWords.pick(rnd, DemoWords.towns(district.name()));
        String address = (1 + rnd.nextInt(120)) + " " + DemoWords.pick(rnd, DemoWords.STREETS);
        String phone = "01" + (480 + rnd.nextInt(20)) + " " + (100000 + rnd.nextInt(899999));

        // when approved: most for years, one in nine in the last year (first review and training standards still to come)
        LocalDate approvedOn = i % 9 == 0 ? today.minusMonths(3 + rnd.nextInt(8)).minusDays(rnd.nextInt(20))
                : today.minusYears(1 + rnd.nextInt(10)).minusDays(rnd.nextInt(330));
        List<Placement> placements = new ArrayList<>();
        ApprovalTerms terms;
        if (type == ApprovalType.KINSHIP) {
            approvedOn = today.minusMonths(4 + rnd.nextInt(20));
            terms = kinship(approvedOn, placements);
        } else if (type == ApprovalType.SHORT_BREAKS) {
            terms = new ApprovalTerms(approvedOn, type, rnd.nextBoolean() ? 5 : 8, 17, 1 + rnd.nextInt(2),
                    EnumSet.noneOf(ApprovalTerm.class), "Disabled children; overnight stays of up to four nights",
                    null, null);
        } else {
            terms = mainstream(i, approvedOn);
        }
        if (terms == null) {
            // no open case to connect kinship carers to: mainstream carers instead
            type = ApprovalType.MAINSTREAM;
            terms = mainstream(i, approvedOn);
        }
        List<ApprovalTerms> approvals = new ArrayList<>();
        approvals.add(terms);
        if (type == ApprovalType.MAINSTREAM && i % 10 == 7 && approvedOn.isBefore(today.minusYears(3))) {
            // terms widened at a review: the earlier terms stay in the history
            LocalDate changed = approvedOn.plusYears(2);
            terms = new ApprovalTerms(changed, type, terms.ageFrom(), Math.min(17, terms.ageTo() + 4),
                    Math.min(3, terms.places() + 1), terms.terms(), terms.otherTerms(), null, null);
            approvals.add(terms);
        }
        List<LocalDate> reviews = reviews(i, approvedOn);
        LocalDate deregisteredOn = null;
        DeregistrationReason reason = null;
        boolean deregistered = type == ApprovalType.MAINSTREAM && deregistering.contains(i);
        if (deregistered) {
            deregisteredOn = today.minusMonths(2 + rnd.nextInt(8));
            LocalDate cut = deregisteredOn;
            reviews.removeIf(d -> !d.isBefore(cut));
            reason = i == deregistering.get(0) ? DeregistrationReason.RETIREMENT
                    : DeregistrationReason.TRANSFERRED_TO_ANOTHER_AGENCY;
        }
        List<Training> training = training(i, type, approvedOn);
        if (type == ApprovalType.MAINSTREAM) {
            fill(terms, approvedOn, placements, deregisteredOn, i);
        }
        return new Household(name, carers, address, town.name(), DemoWords.postcode(rnd, town), district.id(), phone,
                worker, approvals, deregisteredOn, reason, reviews, training, placements);
    }

    private ApprovalTerms mainstream(int i, LocalDate approvedOn) {
        int shape = rnd.nextInt(MAINSTREAM_AGES.length);
        int places = MAINSTREAM_PLACES[shape];
        Set<ApprovalTerm> terms = EnumSet.noneOf(ApprovalTerm.class);
        if (places >= 2 && rnd.nextBoolean()) {
            terms.add(ApprovalTerm.SIBLING_GROUPS);
        }
        int t = rnd.nextInt(10);
        if (t < 2) {
            terms.add(ApprovalTerm.LONG_TERM_ONLY);
        } else if (t == 2) {
            terms.add(ApprovalTerm.SHORT_TERM_ONLY);
        }
        return new ApprovalTerms(approvedOn, ApprovalType.MAINSTREAM, MAINSTREAM_AGES[shape][0], MAINSTREAM_AGES[shape][1],
                places, terms, i % 5 == 1 ? "No children who need a ground-floor bedroom" : null, null, null);
    }

    /** Kinship carers approved for a child of an open case, who lives with them (with a brother or sister, if any). */
    private ApprovalTerms kinship(LocalDate approvedOn, List<Placement> placements) {
        for (ChildCase child : openCases) {
            if (used.contains(child.id()) || child.openedOn().isAfter(approvedOn)) {
                continue;
            }
            int age = PlacementFit.ageOn(child.childDateOfBirth(), today);
            if (age < 1 || age > 15) {
                continue;
            }
            used.add(child.id());
            List<Long> children = new ArrayList<>(List.of(child.id()));
            openCases.stream().filter(c -> c.familyId() == child.familyId() && c.id() != child.id() && !used.contains(c.id()))
                    .findFirst().ifPresent(s -> {
                        used.add(s.id());
                        children.add(s.id());
                    });
            for (Long caseId : children) {
                placements.add(new Placement(caseId, approvedOn.plusDays(7), null));
            }
            return new ApprovalTerms(approvedOn, ApprovalType.KINSHIP, 0, 17, children.size(),
                    EnumSet.noneOf(ApprovalTerm.class), null, child.id(), child.familyId());
        }
        return null;
    }

    /**
     * Reviews once a year, ending so the next is due: mostly months away; one in seven due soon,
     * one in eleven overdue within the grace period, one in thirteen overdue beyond it.
     */
    private List<LocalDate> reviews(int i, LocalDate approvedOn) {
        LocalDate nextDue;
        if (i % 13 == 6) {
            nextDue = today.minusDays(40 + rnd.nextInt(50));
        } else if (i % 11 == 4) {
            nextDue = today.minusDays(3 + rnd.nextInt(18));
        } else if (i % 7 == 2) {
            nextDue = today.plusDays(5 + rnd.nextInt(45));
        } else {
            nextDue = today.plusDays(60 + rnd.nextInt(270));
        }
        List<LocalDate> reviews = new ArrayList<>();
        LocalDate review = nextDue.minusYears(1);
        while (!review.isBefore(approvedOn.plusMonths(10))) {
            reviews.add(0, review);
            review = review.minusYears(1).plusDays(rnd.nextInt(15));
        }
        return reviews;
    }

    private List<Training> training(int i, ApprovalType type, LocalDate approvedOn) {
        List<Training> training = new ArrayList<>();
        training.add(new Training(TrainingCourse.SKILLS_TO_FOSTER, approvedOn.minusMonths(4)));
        LocalDate standardsDue = approvedOn.plusMonths(type.trainingStandardsMonths());
        // one recently approved household in three has not finished the standards yet
        boolean recent = approvedOn.isAfter(today.minusMonths(type.trainingStandardsMonths()));
        if (!recent || i % 3 != 0) {
            LocalDate done = approvedOn.plusMonths(6 + rnd.nextInt(5));
            if (!done.isAfter(today)) {
                training.add(new Training(TrainingCourse.TSD_STANDARDS, done.isAfter(standardsDue) ? standardsDue : done));
            }
        }
        LocalDate refresher = today.minusMonths(1 + rnd.nextInt(30));
        if (refresher.isAfter(approvedOn)) {
            training.add(new Training(DemoWords.pick(rnd, List.of(TrainingCourse.SAFEGUARDING, TrainingCourse.FIRST_AID,
                    TrainingCourse.SAFER_CARING, TrainingCourse.ATTACHMENT_AND_TRAUMA)), refresher));
        }
        return training;
    }

    /** Children of open cases whose age fits, in about two thirds of the places; a few who have moved on. */
    private void fill(ApprovalTerms terms, LocalDate approvedOn, List<Placement> placements, LocalDate deregisteredOn,
                      int i) {
        int wanted = deregisteredOn != null ? 0 : Math.max(0, terms.places() - (rnd.nextInt(3) == 0 ? 1 : 0)
                - (terms.places() == 3 && rnd.nextBoolean() ? 1 : 0));
        if (i % 4 == 0) {
            wanted = Math.max(0, wanted - 1);
        }
        for (int n = 0; n < wanted; n++) {
            child(terms, approvedOn).ifPresent(c -> placements.add(new Placement(c.id(),
                    later(approvedOn, c.openedOn()).plusDays(rnd.nextInt(60)), null)));
        }
        if (i % 6 == 1 || deregisteredOn != null) {
            LocalDate end = deregisteredOn != null ? deregisteredOn.minusDays(10 + rnd.nextInt(40))
                    : today.minusMonths(1 + rnd.nextInt(10));
            child(terms, approvedOn).ifPresent(c -> {
                LocalDate from = later(approvedOn, c.openedOn());
                if (from.isBefore(end)) {
                    placements.add(new Placement(c.id(), from, end));
                }
            });
        }
    }

    private java.util.Optional<ChildCase> child(ApprovalTerms terms, LocalDate approvedOn) {
        for (ChildCase c : openCases) {
            int age = PlacementFit.ageOn(c.childDateOfBirth(), today);
            if (!used.contains(c.id()) && terms.covers(age) && c.openedOn().isBefore(today.minusDays(60))) {
                used.add(c.id());
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Three matches awaiting placement (the second of brothers and sisters together) with carers who
     * have room and whose review has not lapsed, and one from two months ago that fell through.
     */
    private List<Match> matches(List<Household> households) {
        List<Match> matches = new ArrayList<>();
        Set<Integer> matched = new HashSet<>();
        for (int kind = 0; kind < 4; kind++) {
            boolean siblings = kind == 1;
            boolean fellThrough = kind == 3;
            Match match = match(households, matched, siblings, fellThrough);
            if (match != null) {
                matches.add(match);
                matched.add(match.household());
            }
        }
        return matches;
    }

    private Match match(List<Household> households, Set<Integer> matched, boolean siblings, boolean fellThrough) {
        Map<Long, List<ChildCase>> byFamily = openCases.stream().filter(c -> !used.contains(c.id()))
                .collect(Collectors.groupingBy(ChildCase::familyId));
        int children = siblings ? 2 : 1;
        for (int h = 0; h < households.size(); h++) {
            Household household = households.get(h);
            ApprovalTerms terms = household.current();
            if (matched.contains(h) || !household.active() || terms.type() != ApprovalType.MAINSTREAM
                    || terms.places() - household.livingNow() < children || h % 13 == 6) {
                continue;
            }
            for (Long familyId : byFamily.keySet().stream().sorted().toList()) {
                List<ChildCase> fitting = byFamily.get(familyId).stream()
                        .filter(c -> terms.covers(PlacementFit.ageOn(c.childDateOfBirth(), today.plusDays(21)))).toList();
                if (fitting.size() < children) {
                    continue;
                }
                List<ChildCase> chosen = fitting.subList(0, children);
                chosen.forEach(c -> used.add(c.id()));
                PlacementNeed need = terms.has(ApprovalTerm.LONG_TERM_ONLY) ? PlacementNeed.LONG_TERM : PlacementNeed.SHORT_TERM;
                LocalDate matchedOn = fellThrough ? today.minusMonths(2) : today.minusDays(2 + rnd.nextInt(6));
                return new Match(h, chosen.stream().map(ChildCase::id).toList(), need,
                        fellThrough ? matchedOn.plusDays(14) : today.plusDays(3 + rnd.nextInt(18)), fellThrough, matchedOn);
            }
        }
        return null;
    }
}
