package org.safeguard.fostering.rules;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguard.fostering.model.AnnualReview;
import org.safeguard.fostering.model.Approval;
import org.safeguard.fostering.model.ApprovalTerm;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.model.Deregistration;
import org.safeguard.fostering.model.DeregistrationReason;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.ReviewOutcome;
import org.safeguard.fostering.model.TrainingCourse;
import org.safeguard.fostering.model.TrainingRecord;

/** Builds a household's facts in memory for the rules' tests: no database, ids set directly. */
final class Facts {

    private static final LocalDateTime AT = LocalDateTime.of(2020, 1, 1, 9, 0);
    private static long nextId = 1;

    private final Household household;
    private final List<Approval> approvals = new ArrayList<>();
    private final List<Deregistration> deregistrations = new ArrayList<>();
    private final List<AnnualReview> reviews = new ArrayList<>();
    private final List<TrainingRecord> training = new ArrayList<>();
    private final List<FosterPlacement> placements = new ArrayList<>();
    private final List<HouseholdFacts.PendingMatch> matches = new ArrayList<>();

    private Facts(String name) {
        household = new Household(1, name, "1 Station Road", "March", "PE15 8AA", 11L, null, 2, AT, 1L);
        setId(household, nextId++);
    }

    static Facts household(String name) {
        return new Facts(name);
    }

    /** A mainstream approval from that date. */
    Facts approved(LocalDate on, int ageFrom, int ageTo, int places, ApprovalTerm... terms) {
        return approved(new ApprovalTerms(on, ApprovalType.MAINSTREAM, ageFrom, ageTo, places, set(terms), null, null, null));
    }

    Facts approved(ApprovalTerms terms) {
        Approval approval = new Approval(household.id(), terms, 1L, "Helen Birchall", AT);
        setId(approval, nextId++);
        approvals.add(approval);
        return this;
    }

    Facts deregistered(LocalDate on) {
        Deregistration d = new Deregistration(household.id(), on, DeregistrationReason.RETIREMENT, null, 1L, "Helen", AT);
        setId(d, nextId++);
        deregistrations.add(d);
        return this;
    }

    Facts reviewed(LocalDate on) {
        AnnualReview r = new AnnualReview(household.id(), on, ReviewOutcome.CONTINUES, false, "Fine", 1L, "Helen", AT);
        setId(r, nextId++);
        reviews.add(r);
        return this;
    }

    Facts trained(TrainingCourse course, LocalDate on) {
        TrainingRecord t = new TrainingRecord(household.id(), null, course, null, on, 1L, "Helen", AT);
        setId(t, nextId++);
        training.add(t);
        return this;
    }

    Facts living(long caseId, LocalDate from, LocalDate to) {
        FosterPlacement p = new FosterPlacement(1, household.id(), caseId, from, FosterPlacement.Source.FOSTERING, 1L, AT);
        if (to != null) {
            p.end(to);
        }
        setId(p, nextId++);
        placements.add(p);
        return this;
    }

    Facts matched(long... caseIds) {
        Set<Long> cases = new java.util.HashSet<>();
        for (long caseId : caseIds) {
            cases.add(caseId);
        }
        matches.add(new HouseholdFacts.PendingMatch(nextId++, cases));
        return this;
    }

    HouseholdFacts build() {
        return new HouseholdFacts(household, List.of(), approvals, deregistrations, reviews, training, placements, matches);
    }

    static Set<ApprovalTerm> set(ApprovalTerm... terms) {
        Set<ApprovalTerm> set = EnumSet.noneOf(ApprovalTerm.class);
        set.addAll(List.of(terms));
        return set;
    }

    static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
