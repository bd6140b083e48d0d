package org.safeguard.fostering.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguard.fostering.model.ApprovalTerm;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.model.PlacementNeed;

/**
 * Which carers' approval fits a placement: approved now with the annual review not lapsed; the
 * approval type offers this kind of placement (kinship carers only for their own family's
 * children) and its terms do not rule it out; every child's age on the start date inside the
 * approved range; and room for all the children together on the start date, counting children
 * living there and places held by other pending matches. Brothers and sisters are never split:
 * a household fits all of them or none.
 */
public final class PlacementFit {

    /** One household against one request. */
    public record Assessment(HouseholdFacts facts, HouseholdState state, int free, Set<FitReason> reasons) {
        public boolean fits() {
            return reasons.isEmpty();
        }

        /** Free places the match would leave: fewer is a better use of the carers' places. */
        public int leftOver(int children) {
            return free - children;
        }
    }

    private PlacementFit() {
    }

    /** Completed years on {@code date}; -1 for a child not yet born then. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate date) {
        if (dateOfBirth.isAfter(date)) {
            return -1;
        }
        return Period.between(dateOfBirth, date).getYears();
    }

    /**
     * @param today the day the approval and review are judged on (the start date may be later)
     */
    public static Assessment assess(HouseholdFacts facts, PlacementRequest request, LocalDate today, int graceDays,
                                    int dueSoonDays) {
        HouseholdState state = HouseholdState.of(facts, today, graceDays, dueSoonDays);
        int occupiedAtStart = (int) facts.placements().stream()
                .filter(p -> p.occupiesFrom(request.startOn()))
                .filter(p -> !request.caseIds().contains(p.caseId()))
                .count();
        int free = Math.max(0, state.places() - occupiedAtStart - HouseholdState.reserved(facts, request.caseIds()));
        Set<FitReason> reasons = EnumSet.noneOf(FitReason.class);
        if (!state.approved()) {
            reasons.add(FitReason.NOT_APPROVED);
            return new Assessment(facts, state, 0, reasons);
        }
        if (!state.reviewState().matchable()) {
            reasons.add(FitReason.REVIEW_LAPSED);
        }
        ApprovalTerms terms = state.terms();
        kindAndTerms(terms, request, reasons);
        for (ChildToPlace child : request.children()) {
            int age = child.dateOfBirth() == null ? -1 : ageOn(child.dateOfBirth(), request.startOn());
            if (age < 0 || !terms.covers(age)) {
                reasons.add(FitReason.AGE);
            }
        }
        if (free < request.children().size()) {
            reasons.add(FitReason.NO_ROOM);
        }
        return new Assessment(facts, state, free, reasons);
    }

    private static void kindAndTerms(ApprovalTerms terms, PlacementRequest request, Set<FitReason> reasons) {
        PlacementNeed need = request.need();
        if (need == null) {
            if (terms.type() != ApprovalType.MAINSTREAM) {
                reasons.add(FitReason.NOT_THIS_KIND);
            }
            return;
        }
        if (need == PlacementNeed.SHORT_BREAKS) {
            if (terms.type() != ApprovalType.SHORT_BREAKS) {
                reasons.add(FitReason.NOT_THIS_KIND);
            }
            return;
        }
        if (terms.type() == ApprovalType.SHORT_BREAKS) {
            reasons.add(FitReason.NOT_THIS_KIND);
            return;
        }
        if (terms.type() == ApprovalType.KINSHIP && request.children().stream()
                .anyMatch(c -> terms.connectedFamilyId() == null || c.familyId() != terms.connectedFamilyId())) {
            reasons.add(FitReason.NOT_CONNECTED);
        }
        if ((need == PlacementNeed.SHORT_TERM && terms.has(ApprovalTerm.LONG_TERM_ONLY))
                || (need == PlacementNeed.LONG_TERM && terms.has(ApprovalTerm.SHORT_TERM_ONLY))) {
            reasons.add(FitReason.TERMS);
        }
    }

    /** Every household assessed, in no particular order. */
    public static List<Assessment> assessAll(Collection<HouseholdFacts> households, PlacementRequest request,
                                             LocalDate today, int graceDays, int dueSoonDays) {
        List<Assessment> all = new ArrayList<>();
        for (HouseholdFacts facts : households) {
            all.add(assess(facts, request, today, graceDays, dueSoonDays));
        }
        return all;
    }

    /** The households that fit, best first: fewest places left over, then by name. */
    public static List<Assessment> candidates(Collection<HouseholdFacts> households, PlacementRequest request,
                                              LocalDate today, int graceDays, int dueSoonDays) {
        return best(assessAll(households, request, today, graceDays, dueSoonDays), request.children().size());
    }

    /** Of these assessments, those that fit, best first. */
    public static List<Assessment> best(List<Assessment> assessments, int children) {
        return assessments.stream()
                .filter(Assessment::fits)
                .sorted(Comparator.comparingInt((Assessment a) -> a.leftOver(children))
                        .thenComparing(a -> a.facts().household().name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(a -> a.facts().id()))
                .toList();
    }
}
