package org.safeguard.caserecords.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.caserecords.demo.CaseloadPlan.OpenFamily;
import org.safeguard.caserecords.demo.CaseloadPlan.State;
import org.safeguard.caserecords.demo.FamilyHistory.AllocationRow;
import org.safeguard.caserecords.demo.FamilyHistory.AssessmentRow;
import org.safeguard.caserecords.demo.FamilyHistory.CaseRow;
import org.safeguard.caserecords.demo.FamilyHistory.ConferenceRow;
import org.safeguard.caserecords.demo.FamilyHistory.ContactRow;
import org.safeguard.caserecords.demo.FamilyHistory.EventRow;
import org.safeguard.caserecords.demo.FamilyHistory.FamilyRow;
import org.safeguard.caserecords.demo.FamilyHistory.MemberRow;
import org.safeguard.caserecords.demo.FamilyHistory.NoteRow;
import org.safeguard.caserecords.demo.FamilyHistory.PersonRow;
import org.safeguard.caserecords.demo.FamilyHistory.PlanRow;
import org.safeguard.caserecords.demo.FamilyHistory.ReferralRow;
import org.safeguard.caserecords.demo.FamilyHistory.RelationshipRow;
import org.safeguard.caserecords.demo.FamilyHistory.StrategyRow;
import org.safeguard.caserecords.demo.Workforce.DistrictTeams;
import org.safeguard.caserecords.demo.Workforce.TeamForce;
import org.safeguard.caserecords.demo.Workforce.Worker;
import org.safeguard.caserecords.frontdoor.ReReferralRule;
import org.safeguard.caserecords.model.AuthoritySettings;

/**
 * One household's ten years, as the journey rules describe them: contacts at the front door, most
 * closed there, about a fifth referred; referrals opening a case with a single assessment due 45
 * working days later; child in need and child protection plans with their visits, conferences and
 * reviews; allocations, reallocations and closures. A history family's cases are all closed by
 * today; an open family ends in the state the {@link CaseloadPlan} asked for, held by its worker.
 * Pure: the same Random gives the same household.
 */
final class HistoryGenerator {

    static final int ASSESSMENT_WORKING_DAYS = 45;
    static final int CONFERENCE_WORKING_DAYS = 15;
    static final int HISTORY_YEARS = 10;
    /** A referral needs room for its assessment before the case must be closed again. */
    private static final int DAYS_FOR_A_CASE = 200;
    private static final int CP_VISIT_DAYS = AuthoritySettings.DEFAULT_CP_VISIT_DAYS;
    private static final int CIN_VISIT_DAYS = AuthoritySettings.DEFAULT_CIN_VISIT_DAYS;

    /** How much a family comes to the front door's attention, and how serious it tends to be. */
    enum Risk {
        LOW(1.1, 0.12), MEDIUM(2.4, 0.28), HIGH(5.0, 0.40);

        final double incidentsPerYear;
        final double referralRate;

        Risk(double incidentsPerYear, double referralRate) {
            this.incidentsPerYear = incidentsPerYear;
            this.referralRate = referralRate;
        }
    }

    private final Workforce workforce;
    private final WorkingDays workingDays;
    private final LocalDate today;
    private final LocalDateTime nowUtc;
    private final LocalDate windowStart;

    HistoryGenerator(Workforce workforce, WorkingDays workingDays, LocalDate today, LocalDateTime nowUtc) {
        this.workforce = workforce;
        this.workingDays = workingDays;
        this.today = today;
        this.nowUtc = nowUtc;
        this.windowStart = today.minusYears(HISTORY_YEARS);
    }

    /** A family known to the front door some time in the last ten years, every case closed by today. */
    FamilyHistory history(Random rnd, DistrictTeams district) {
        Gen g = new Gen(rnd, district, risk(rnd, 0.62, 0.29));
        int children = CaseloadPlan.childrenInFamily(rnd);
        LocalDate eldest = between(rnd, windowStart.minusYears(12), today.minusYears(1));
        List<LocalDate> births = new ArrayList<>();
        births.add(eldest);
        for (int i = 1; i < children; i++) {
            LocalDate next = births.get(i - 1).plusDays(365 + rnd.nextInt(3 * 365));
            if (next.isAfter(today.minusDays(30))) {
                break;
            }
            births.add(next);
        }
        household(g, births);
        LocalDate from = max(windowStart, eldest.plusDays(rnd.nextInt(2 * 365)));
        LocalDate until = min(today, births.get(births.size() - 1).plusYears(18).minusDays(1));
        if (from.isAfter(until)) {
            from = max(windowStart, eldest);
        }
        LocalDate cutoff = today.minusDays(1);
        incidents(g, from, until, cutoff.minusDays(DAYS_FOR_A_CASE), cutoff, true);
        if (g.f.contacts.isEmpty()) {
            // everyone in the case records came through the front door at least once
            incident(g, between(rnd, from, until), cutoff.minusDays(DAYS_FOR_A_CASE), cutoff, true, null, null);
        }
        finish(g);
        return g.f;
    }

    /** A family with open cases today, in the state and with the worker the plan asked for. */
    FamilyHistory open(Random rnd, OpenFamily spec) {
        Gen g = new Gen(rnd, spec.district(), rnd.nextDouble() < 0.6 ? Risk.MEDIUM : Risk.HIGH);
        Timeline current = timeline(rnd, spec);
        household(g, openFamilyBirths(rnd, spec.children(), current.referral.minusDays(30)));
        LocalDate from = max(windowStart, g.children().get(0).dateOfBirth.plusDays(rnd.nextInt(365)));
        LocalDate mustCloseBy = current.referral.minusDays(1);
        LocalDate forced = rnd.nextDouble() < 0.24
                ? current.referral.minusDays(DAYS_FOR_A_CASE + rnd.nextInt(140)) : null;
        if (forced != null && forced.isAfter(from)) {
            // a previous referral within the year: today's episode is a re-referral
            incidents(g, from, forced.minusDays(1), forced.minusDays(DAYS_FOR_A_CASE), forced.minusDays(1), false);
            incident(g, forced, forced.plusDays(5), mustCloseBy, false, "REFERRAL",
                    rnd.nextBoolean() ? "NO_FURTHER_ACTION" : "EARLY_HELP");
            incidents(g, forced.plusDays(1), mustCloseBy, mustCloseBy.minusDays(DAYS_FOR_A_CASE), mustCloseBy, false);
        } else if (from.isBefore(mustCloseBy)) {
            incidents(g, from, mustCloseBy, mustCloseBy.minusDays(DAYS_FOR_A_CASE), mustCloseBy, false);
        }
        // the contact that opened today's cases, then one episode per child on the family's timeline
        ContactRow template = contact(g, null, current.contactReceived, DemoText.pick(rnd, DemoText.CONCERNS));
        long seed = rnd.nextLong();
        for (PersonRow child : g.children()) {
            ContactRow c = copyContact(g, template, child);
            c.mashEnteredOn = current.mashEntered;
            c.status = "DECIDED";
            c.outcome = "REFERRAL";
            c.outcomeReason = DemoText.OUTCOME_REASONS.get("REFERRAL");
            c.decidedOn = current.referral;
            decider(g, c);
            CaseBuilder b = newCase(g, child, c, current.referral);
            // siblings share one seed: the same worker, visits and conferences
            new CurrentJourney(new Random(seed), b, spec, current).run();
        }
        // what came to the front door since: passed to the allocated worker
        incidents(g, current.referral.plusDays(1), today, current.referral, today, false);
        finish(g);
        return g.f;
    }

    /**
     * Birthdays of the children of an open family: all born before {@code lastBirth}, none older
     * than 16 today, a year or more apart.
     */
    private List<LocalDate> openFamilyBirths(Random rnd, int n, LocalDate lastBirth) {
        long span = ChronoUnit.DAYS.between(today.minusYears(16), lastBirth);
        long youngestBack = rnd.nextInt((int) Math.max(1, Math.min(6 * 365L, span - (n - 1) * 365L)));
        List<LocalDate> births = new ArrayList<>();
        LocalDate birth = lastBirth.minusDays(youngestBack);
        long left = span - youngestBack;
        births.add(birth);
        for (int i = 1; i < n; i++) {
            long gap = Math.max(365, Math.min(365 + rnd.nextInt(3 * 365), left / (n - i)));
            birth = birth.minusDays(gap);
            left -= gap;
            births.add(0, birth);
        }
        return births;
    }

    // ===== the household =====

    private void household(Gen g, List<LocalDate> births) {
        Random rnd = g.rnd;
        String surname = DemoText.pick(rnd, DemoText.SURNAMES);
        DemoText.Town town = DemoText.pick(rnd, DemoText.towns(g.district.name()));
        String line1 = (1 + rnd.nextInt(120)) + " " + DemoText.pick(rnd, DemoText.STREETS);
        String line2 = rnd.nextDouble() < 0.1 ? "Flat " + (1 + rnd.nextInt(12)) : null;
        if (line2 != null) {
            String swap = line1;
            line1 = line2;
            line2 = swap;
        }
        g.f.family = new FamilyRow(g.district.id(), surname, line1, line2, town.name(),
                DemoText.postcode(rnd, town));
        LocalDate eldest = births.get(0);
        LocalDate motherBorn = eldest.minusYears(18 + rnd.nextInt(17)).minusDays(rnd.nextInt(365));
        PersonRow mother = person(g, false, DemoText.pick(rnd, DemoText.WOMEN), surname, motherBorn, "FEMALE",
                rnd.nextDouble() < 0.4);
        g.f.members.add(new MemberRow(mother, eldest.minusDays(rnd.nextInt(700)), null));
        PersonRow partner = null;
        String partnerKind = null;
        if (rnd.nextDouble() < 0.6) {
            boolean step = rnd.nextDouble() < 0.3;
            partnerKind = step ? "STEP_PARENT" : "PARENT";
            String partnerSurname = step ? DemoText.pick(rnd, DemoText.SURNAMES) : surname;
            partner = person(g, false, DemoText.pick(rnd, DemoText.MEN), partnerSurname,
                    motherBorn.plusDays(rnd.nextInt(8 * 365) - 3 * 365), "MALE", rnd.nextDouble() < 0.4);
            LocalDate joined = step ? min(today.minusDays(30), eldest.plusDays(365 + rnd.nextInt(6 * 365)))
                    : eldest.minusDays(rnd.nextInt(700));
            LocalDate left = !step && rnd.nextDouble() < 0.2 ? min(today.minusDays(1), eldest.plusDays(rnd.nextInt(8 * 365)))
                    : null;
            g.f.members.add(new MemberRow(partner, joined, left));
        }
        List<PersonRow> children = new ArrayList<>();
        for (LocalDate born : births) {
            boolean girl = rnd.nextBoolean();
            String gender = rnd.nextDouble() < 0.01 ? "UNKNOWN" : girl ? "FEMALE" : "MALE";
            String name = DemoText.pick(rnd, girl ? DemoText.GIRLS : DemoText.BOYS);
            while (sharesName(children, name)) {
                name = DemoText.pick(rnd, girl ? DemoText.GIRLS : DemoText.BOYS);
            }
            PersonRow child = person(g, true, name, surname, born, gender, rnd.nextDouble() < 0.75);
            children.add(child);
            g.f.members.add(new MemberRow(child, born, null));
            g.f.relationships.add(new RelationshipRow(mother, child, "PARENT"));
            if (partner != null) {
                g.f.relationships.add(new RelationshipRow(partner, child, partnerKind));
            }
        }
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                g.f.relationships.add(new RelationshipRow(children.get(i), children.get(j), "SIBLING"));
            }
        }
    }

    private static boolean sharesName(List<PersonRow> siblings, String name) {
        return siblings.stream().anyMatch(p -> p.givenName.equals(name));
    }

    private PersonRow person(Gen g, boolean child, String given, String family, LocalDate born, String gender,
                             boolean nhsKnown) {
        PersonRow p = new PersonRow(child, given, family, born, gender, nhsKnown ? DemoText.testNhsNumber(g.rnd) : null);
        g.f.people.add(p);
        if (child) {
            g.state.put(p, new ChildState());
        }
        return p;
    }

    /** The household was recorded when its first contact came in. */
    private void finish(Gen g) {
        LocalDateTime first = g.f.contacts.stream().map(c -> c.recordedAt).min(LocalDateTime::compareTo)
                .orElse(at(g.rnd, today));
        g.f.family.createdAt = first;
        g.f.people.forEach(p -> p.createdAt = first);
    }

    // ===== the front door =====

    /**
     * Contacts about the family arriving at random (a Poisson process at the family's rate), each
     * decided as the front door would: children with an open case are passed to their worker.
     */
    private void incidents(Gen g, LocalDate from, LocalDate until, LocalDate referralsUntil, LocalDate mustCloseBy,
                           boolean pendingAllowed) {
        LocalDate t = from.plusDays(waitDays(g));
        while (!t.isAfter(until)) {
            incident(g, t, referralsUntil, mustCloseBy, pendingAllowed, null, null);
            t = t.plusDays(1 + waitDays(g));
        }
    }

    private long waitDays(Gen g) {
        return (long) (-Math.log(1 - g.rnd.nextDouble()) * 365.0 / g.risk.incidentsPerYear);
    }

    private void incident(Gen g, LocalDate t, LocalDate referralsUntil, LocalDate mustCloseBy, boolean pendingAllowed,
                          String forcedOutcome, String forcedAssessment) {
        Random rnd = g.rnd;
        List<PersonRow> eligible = g.children().stream()
                .filter(c -> c.dateOfBirth.isBefore(t) && t.isBefore(c.eighteenth())).toList();
        if (eligible.isEmpty()) {
            return;
        }
        DemoText.Concern concern = DemoText.pick(rnd, DemoText.CONCERNS);
        List<PersonRow> affected = concern.oneChild() ? List.of(DemoText.pick(rnd, eligible)) : eligible;
        List<PersonRow> fresh = affected.stream().filter(c -> g.state.get(c).openOn(t) == null).toList();
        if (fresh.isEmpty() && rnd.nextDouble() > 0.35) {
            // most news about a child with an open case goes straight to their worker, not the front door
            return;
        }
        ContactRow template = contact(g, null, t, concern);
        for (PersonRow child : affected) {
            CaseRow open = g.state.get(child).openOn(t);
            if (open == null) {
                continue;
            }
            ContactRow c = copyContact(g, template, child);
            c.status = "DECIDED";
            c.outcome = "REFERRAL";
            c.outcomeReason = DemoText.LINKED_TO_OPEN_CASE;
            c.decidedOn = max(t, open.openedOn);
            c.caseRow = open;
            decider(g, c);
        }
        if (fresh.isEmpty()) {
            return;
        }
        long daysAgo = ChronoUnit.DAYS.between(t, today);
        if (pendingAllowed && forcedOutcome == null && daysAgo <= 8) {
            // the front door's queues today: recent contacts not decided yet, some in the MASH
            boolean mash = daysAgo > 2 && rnd.nextDouble() < 0.5;
            for (PersonRow child : fresh) {
                ContactRow c = copyContact(g, template, child);
                c.status = mash ? "IN_MASH" : "AWAITING_DECISION";
                if (mash) {
                    c.outcome = "MASH";
                    c.mashEnteredOn = t.plusDays(rnd.nextInt((int) Math.min(2, daysAgo) + 1));
                }
            }
            return;
        }
        String outcome = forcedOutcome != null ? forcedOutcome : decide(rnd, g.risk);
        boolean mash = rnd.nextDouble() < ("REFERRAL".equals(outcome) ? 0.35 : 0.08);
        LocalDate decided = mash ? workingDays.plusWorkingDays(t, 1 + rnd.nextInt(3))
                : rnd.nextDouble() < 0.7 ? t : workingDays.plusWorkingDays(t, 1);
        if (decided.isAfter(today)) {
            decided = t;
            mash = false;
        }
        if ("REFERRAL".equals(outcome) && decided.isAfter(referralsUntil)) {
            outcome = rnd.nextBoolean() ? "EARLY_HELP" : "ADVICE_SIGNPOST";
        }
        long seed = rnd.nextLong();
        for (PersonRow child : fresh) {
            ContactRow c = copyContact(g, template, child);
            String own = outcome;
            if ("REFERRAL".equals(own) && child.eighteenth().minusDays(DAYS_FOR_A_CASE).isBefore(decided)) {
                // nearly eighteen: pointed to adult and young people's services instead
                own = "ADVICE_SIGNPOST";
            }
            c.status = "DECIDED";
            c.outcome = own;
            c.outcomeReason = DemoText.OUTCOME_REASONS.get(own);
            c.decidedOn = decided;
            c.mashEnteredOn = mash ? t : null;
            decider(g, c);
            if ("REFERRAL".equals(own)) {
                CaseBuilder b = newCase(g, child, c, decided);
                // siblings share one seed, so they share one journey (same worker, same dates)
                closedJourney(new Random(seed), g, b, decided, mustCloseBy, forcedAssessment);
            }
        }
    }

    private static String decide(Random rnd, Risk risk) {
        if (rnd.nextDouble() < risk.referralRate) {
            return "REFERRAL";
        }
        double u = rnd.nextDouble();
        return u < 0.36 ? "NO_FURTHER_ACTION" : u < 0.66 ? "ADVICE_SIGNPOST" : "EARLY_HELP";
    }

    private ContactRow contact(Gen g, PersonRow child, LocalDate received, DemoText.Concern concern) {
        ContactRow c = new ContactRow(child, received, concern.source(), concern.summary());
        Worker recorder = DemoText.pick(g.rnd, workforce.frontDoor());
        c.recordedById = recorder.id();
        c.recordedByName = recorder.name();
        c.recordedAt = at(g.rnd, received);
        return c;
    }

    /** The same contact for another child of the household (one row per child, as the schema has it). */
    private ContactRow copyContact(Gen g, ContactRow template, PersonRow child) {
        ContactRow c = new ContactRow(child, template.receivedOn, template.source, template.summary);
        c.recordedById = template.recordedById;
        c.recordedByName = template.recordedByName;
        c.recordedAt = template.recordedAt;
        g.f.contacts.add(c);
        return c;
    }

    private void decider(Gen g, ContactRow c) {
        Worker w = DemoText.pick(g.rnd, workforce.frontDoorDeciders());
        c.decidedById = w.id();
        c.decidedByName = w.name();
    }

    // ===== a case =====

    private CaseBuilder newCase(Gen g, PersonRow child, ContactRow contact, LocalDate referredOn) {
        ChildState s = g.state.get(child);
        CaseRow c = new CaseRow(child, g.district.id(), referredOn);
        // the front door's rule: the child's latest referral, when it is within the twelve months before
        ReferralRow latest = s.referrals.isEmpty() ? null : s.referrals.get(s.referrals.size() - 1);
        boolean reReferral = latest != null && ReReferralRule.within(latest.referredOn, referredOn);
        ReferralRow referral = new ReferralRow(c, child, contact, referredOn, reReferral, reReferral ? latest : null);
        contact.caseRow = c;
        contact.referenced = true;
        s.referrals.add(referral);
        s.cases.add(c);
        g.f.cases.add(c);
        g.f.referrals.add(referral);
        CaseBuilder builder = new CaseBuilder(g, c, referral);
        g.builders.add(builder);
        return builder;
    }

    /**
     * A case from referral to closure, all before {@code mustCloseBy} (or the child's eighteenth
     * birthday): assessment, then closure, a child in need plan, or the child protection route.
     */
    private void closedJourney(Random rnd, Gen g, CaseBuilder b, LocalDate referredOn, LocalDate mustCloseBy,
                               String forcedAssessment) {
        LocalDate eighteen = b.c.child.eighteenth().minusDays(1);
        Limit limit = eighteen.isAfter(mustCloseBy)
                ? new Limit(mustCloseBy, rnd.nextDouble() < 0.15 ? "MOVED_AWAY" : "NEEDS_MET")
                : new Limit(eighteen, "TURNED_18");
        TeamForce team = DemoText.pick(rnd, g.district.assessmentTeams());
        b.allocate(team, DemoText.pick(rnd, team.qualified()), referredOn.plusDays(rnd.nextInt(3)),
                "Allocated for a single assessment");
        String outcome = forcedAssessment != null ? forcedAssessment : assessmentOutcome(rnd, g.risk);
        LocalDate signedOff = b.completedAssessment(rnd, referredOn, outcome);
        afterAssessment(rnd, b, outcome, signedOff, limit, 0);
    }

    private void afterAssessment(Random rnd, CaseBuilder b, String outcome, LocalDate signedOff, Limit limit, int depth) {
        switch (outcome) {
            case "NO_FURTHER_ACTION" -> b.close(signedOff, "NO_FURTHER_ACTION");
            case "EARLY_HELP" -> b.close(signedOff, "STEP_DOWN_EARLY_HELP");
            case "CHILD_IN_NEED" -> cinPlan(rnd, b, signedOff, limit, 3 + rnd.nextInt(10), depth);
            case "CARE_PROCEEDINGS" -> {
                b.c.careProceedingsFrom = signedOff;
                cpEnquiry(rnd, b, signedOff, limit, depth);
            }
            default -> cpEnquiry(rnd, b, signedOff, limit, depth);
        }
    }

    private static String assessmentOutcome(Random rnd, Risk risk) {
        double u = rnd.nextDouble();
        return switch (risk) {
            case LOW -> u < 0.45 ? "NO_FURTHER_ACTION" : u < 0.80 ? "EARLY_HELP" : u < 0.97 ? "CHILD_IN_NEED" : "CHILD_PROTECTION";
            case MEDIUM -> u < 0.28 ? "NO_FURTHER_ACTION" : u < 0.58 ? "EARLY_HELP" : u < 0.88 ? "CHILD_IN_NEED"
                    : u < 0.99 ? "CHILD_PROTECTION" : "CARE_PROCEEDINGS";
            case HIGH -> u < 0.12 ? "NO_FURTHER_ACTION" : u < 0.30 ? "EARLY_HELP" : u < 0.68 ? "CHILD_IN_NEED"
                    : u < 0.96 ? "CHILD_PROTECTION" : "CARE_PROCEEDINGS";
        };
    }

    /** The latest a case may run, and why it closes then. */
    private record Limit(LocalDate on, String reason) {}

    private void cinPlan(Random rnd, CaseBuilder b, LocalDate start, Limit limit, int months, int depth) {
        if (!start.isBefore(limit.on)) {
            b.close(limit.on, limit.reason);
            return;
        }
        b.transferToLongTerm(rnd, start, false, "Transferred for a child in need plan");
        b.c.stage = "CHILD_IN_NEED";
        PlanRow plan = b.plan("CHILD_IN_NEED", null, start, CIN_VISIT_DAYS);
        LocalDate natural = start.plusMonths(months).plusDays(rnd.nextInt(20));
        LocalDate end = min(natural, limit.on);
        b.maybeReallocate(rnd, start, end);
        b.visits(rnd, start, end, CIN_VISIT_DAYS, 0.88);
        if (end.isBefore(natural)) {
            b.endPlan(plan, end, "CASE_CLOSED");
            b.close(end, limit.reason);
            return;
        }
        double u = rnd.nextDouble();
        if (u < 0.10 && depth == 0) {
            b.endPlan(plan, end, "STEP_UP_CHILD_PROTECTION");
            cpEnquiry(rnd, b, end, limit, depth + 1);
        } else if (u < 0.35) {
            b.endPlan(plan, end, "STEP_DOWN_EARLY_HELP");
            b.close(end, "STEP_DOWN_EARLY_HELP");
        } else {
            b.endPlan(plan, end, "CASE_CLOSED");
            b.close(end, "NEEDS_MET");
        }
    }

    private void cpEnquiry(Random rnd, CaseBuilder b, LocalDate from, Limit limit, int depth) {
        b.c.stage = "CHILD_PROTECTION_ENQUIRY";
        LocalDate held = from.plusDays(rnd.nextInt(3));
        if (!held.isBefore(limit.on)) {
            b.close(limit.on, limit.reason);
            return;
        }
        if (rnd.nextDouble() > 0.92) {
            b.strategy(rnd, held, false, null, null);
            if (rnd.nextBoolean()) {
                cinPlan(rnd, b, held, limit, 3 + rnd.nextInt(6), depth + 1);
            } else {
                b.close(held, "NO_FURTHER_ACTION");
            }
            return;
        }
        LocalDate s47Done = workingDays.plusWorkingDays(held, 3 + rnd.nextInt(6));
        double u = rnd.nextDouble();
        String s47 = u < 0.75 ? "CONFERENCE" : u < 0.95 ? "CHILD_IN_NEED" : "NO_FURTHER_ACTION";
        LocalDate due = b.strategy(rnd, held, true, s47Done, s47);
        if (!s47Done.isBefore(limit.on)) {
            b.close(limit.on, limit.reason);
            return;
        }
        switch (s47) {
            case "CHILD_IN_NEED" -> cinPlan(rnd, b, s47Done, limit, 3 + rnd.nextInt(9), depth + 1);
            case "NO_FURTHER_ACTION" -> b.close(s47Done, "NO_FURTHER_ACTION");
            default -> {
                LocalDate icpc = rnd.nextDouble() < 0.8 ? workingDays.plusWorkingDays(held, 8 + rnd.nextInt(8))
                        : workingDays.plusWorkingDays(held, 16 + rnd.nextInt(10));
                if (!icpc.isBefore(limit.on)) {
                    b.close(limit.on, limit.reason);
                    return;
                }
                if (rnd.nextDouble() < 0.85) {
                    cpPlan(rnd, b, icpc, due, limit, depth);
                } else {
                    b.conference(null, "INITIAL", due, icpc, "NO_PLAN");
                    if (rnd.nextDouble() < 0.6) {
                        cinPlan(rnd, b, icpc, limit, 3 + rnd.nextInt(6), depth + 1);
                    } else {
                        b.close(icpc, "NO_FURTHER_ACTION");
                    }
                }
            }
        }
    }

    private void cpPlan(Random rnd, CaseBuilder b, LocalDate icpc, LocalDate icpcDue, Limit limit, int depth) {
        b.transferToLongTerm(rnd, icpc, true, "Transferred to the Family Safeguarding team for the child protection plan");
        b.c.stage = "CHILD_PROTECTION";
        PlanRow plan = b.plan("CHILD_PROTECTION", category(rnd), icpc, CP_VISIT_DAYS);
        b.conference(plan, "INITIAL", icpcDue, icpc, "PLAN");
        double u = rnd.nextDouble();
        int months = u < 0.5 ? 4 + rnd.nextInt(6) : u < 0.8 ? 9 + rnd.nextInt(4) : u < 0.95 ? 12 + rnd.nextInt(7)
                : 18 + rnd.nextInt(13);
        LocalDate natural = icpc.plusMonths(months);
        boolean care = b.c.careProceedingsFrom != null;
        if (months > 9 && rnd.nextDouble() < 0.4) {
            b.c.preProceedingsFrom = min(limit.on.minusDays(1), icpc.plusMonths(9).plusDays(rnd.nextInt(60)));
            if (rnd.nextDouble() < 0.3) {
                care = true;
                b.c.careProceedingsFrom = min(limit.on.minusDays(1), b.c.preProceedingsFrom.plusMonths(2 + rnd.nextInt(3)));
            }
        }
        if (care) {
            natural = min(natural, b.c.careProceedingsFrom.plusMonths(3 + rnd.nextInt(6)));
        }
        // reviews: three months after the initial conference, then every six months
        LocalDate reviewDue = icpc.plusMonths(3);
        LocalDate end = null;
        while (true) {
            LocalDate held = rnd.nextDouble() < 0.9 ? reviewDue.minusDays(rnd.nextInt(5)) : reviewDue.plusDays(1 + rnd.nextInt(20));
            if (!held.isBefore(limit.on) || held.isAfter(today.minusDays(1))) {
                break;
            }
            boolean last = !held.isBefore(natural);
            b.conference(plan, "REVIEW", reviewDue, held, last ? "END_PLAN" : "CONTINUE");
            if (last) {
                end = held;
                break;
            }
            reviewDue = reviewDue.plusMonths(6);
        }
        boolean ended = end != null;
        if (!ended) {
            end = limit.on;
        }
        b.maybeReallocate(rnd, icpc, end);
        b.visits(rnd, icpc, end, CP_VISIT_DAYS, 0.9);
        b.events(rnd, icpc, end);
        if (!ended) {
            b.endPlan(plan, end, care ? "CARE" : "CASE_CLOSED");
            b.close(end, care && !"TURNED_18".equals(limit.reason) ? "TRANSFERRED_TO_CARE" : limit.reason);
            return;
        }
        if (care) {
            b.endPlan(plan, end, "CARE");
            b.close(end, "TRANSFERRED_TO_CARE");
        } else if (rnd.nextDouble() < 0.6 && depth < 2) {
            b.endPlan(plan, end, "STEP_DOWN_CHILD_IN_NEED");
            cinPlan(rnd, b, end, limit, 3 + rnd.nextInt(4), depth + 1);
        } else {
            b.endPlan(plan, end, "CASE_CLOSED");
            b.close(end, "NEEDS_MET");
        }
    }

    private static String category(Random rnd) {
        double u = rnd.nextDouble();
        return u < 0.45 ? "NEGLECT" : u < 0.80 ? "EMOTIONAL_ABUSE" : u < 0.88 ? "PHYSICAL_ABUSE" : u < 0.92
                ? "SEXUAL_ABUSE" : "MULTIPLE";
    }

    // ===== children who came into care (what the corporate parenting service builds on) =====

    /**
     * A family whose children were referred on {@code referral} with care proceedings in view: the
     * child protection route through proceedings, as {@link #closedJourney} draws it, closing the
     * case "Transferred to children in care" when the children come into care — or otherwise when
     * the enquiry finds no such need, as in life. Earlier contacts close before the referral.
     */
    FamilyHistory cameIntoCare(Random rnd, DistrictTeams district, LocalDate referral, LocalDate eldestBorn, int children) {
        Gen g = new Gen(rnd, district, Risk.HIGH);
        List<LocalDate> births = new ArrayList<>();
        births.add(eldestBorn);
        for (int i = 1; i < children; i++) {
            LocalDate next = births.get(i - 1).plusDays(365 + rnd.nextInt(3 * 365));
            if (next.isAfter(referral.minusDays(30))) {
                break;
            }
            births.add(next);
        }
        household(g, births);
        LocalDate from = max(windowStart, eldestBorn.plusDays(rnd.nextInt(365)));
        LocalDate before = referral.minusDays(1);
        if (from.isBefore(before.minusDays(DAYS_FOR_A_CASE))) {
            incidents(g, from, before, before.minusDays(DAYS_FOR_A_CASE), before, false);
        }
        incident(g, referral, referral.plusDays(10), today.minusDays(1), false, "REFERRAL", "CARE_PROCEEDINGS");
        for (CareStay stay : careStays(rnd, g, workforce.inCareWorkers())) {
            stay.builder().careVisits(rnd, stay.from(), stay.until(), stay.worker());
        }
        finish(g);
        return g.f;
    }

    /** A child's time in care after their case closed "Transferred to children in care": visits from, to, by whom. */
    private record CareStay(CaseBuilder builder, LocalDate from, LocalDate until, Worker worker) {}

    /**
     * How long each child who came into care stays (until adopted, a special guardianship order, home, or 18): the
     * younger the child the likelier a permanent family soon (seed 004 §2.50: most who leave to adoption or special
     * guardianship are in care a short time); older children mostly stay. Siblings stay together.
     */
    private List<CareStay> careStays(Random rnd, Gen g, List<Worker> workers) {
        List<CareStay> stays = new ArrayList<>();
        double leaves = rnd.nextDouble();
        double years = -Math.log(1 - rnd.nextDouble()) * 2.0;
        Worker worker = workers.isEmpty() ? null : DemoText.pick(rnd, workers);
        for (CaseBuilder b : g.builders) {
            if (!"TRANSFERRED_TO_CARE".equals(b.c.closureReason)) {
                continue;
            }
            LocalDate from = b.c.closedOn;
            double ageAtEntry = ChronoUnit.DAYS.between(b.c.child.dateOfBirth, from) / 365.25;
            boolean goesSoon = ageAtEntry < 10 ? leaves < 0.55 : leaves < 0.2;
            LocalDate until = goesSoon ? from.plusDays((long) (years * 365) + 30) : b.c.child.eighteenth().minusDays(1);
            until = min(until, today);
            until = min(until, b.c.child.eighteenth().minusDays(1));
            stays.add(new CareStay(b, from, until, worker));
        }
        return stays;
    }

    /**
     * A young person who arrived in the county alone and asked for asylum: a household of one at
     * their first placement, a contact from the police, a referral the day they arrived (they were
     * accommodated that day), a single assessment, and the case closed "Transferred to children in
     * care" once it was signed off. Arrivals must be a few months ago so the case is closed by today.
     */
    FamilyHistory unaccompanied(Random rnd, DistrictTeams district, LocalDate arrived, LocalDate born) {
        Gen g = new Gen(rnd, district, Risk.LOW);
        boolean girl = rnd.nextDouble() < 0.15;
        String given = DemoText.pick(rnd, girl ? DemoText.UASC_GIRLS : DemoText.UASC_BOYS);
        String surname = DemoText.pick(rnd, DemoText.UASC_SURNAMES);
        DemoText.Town town = DemoText.pick(rnd, DemoText.towns(district.name()));
        g.f.family = new FamilyRow(district.id(), surname, (1 + rnd.nextInt(120)) + " "
                + DemoText.pick(rnd, DemoText.STREETS), null, town.name(), DemoText.postcode(rnd, town));
        PersonRow child = person(g, true, given, surname, born, girl ? "FEMALE" : "MALE", false);
        g.f.members.add(new MemberRow(child, arrived, null));
        ContactRow template = contact(g, null, arrived, DemoText.UASC_ARRIVAL);
        ContactRow c = copyContact(g, template, child);
        c.status = "DECIDED";
        c.outcome = "REFERRAL";
        c.outcomeReason = DemoText.OUTCOME_REASONS.get("REFERRAL");
        c.decidedOn = arrived;
        decider(g, c);
        CaseBuilder b = newCase(g, child, c, arrived);
        TeamForce team = DemoText.pick(rnd, district.assessmentTeams());
        b.allocate(team, DemoText.pick(rnd, team.qualified()), arrived, "Allocated for a single assessment");
        LocalDate signedOff = b.completedAssessment(rnd, arrived, "CHILD_IN_NEED");
        b.close(min(signedOff, today.minusDays(1)), "TRANSFERRED_TO_CARE");
        // in care from the day they arrived until 18
        b.careVisits(rnd, signedOff, min(today, born.plusYears(18).minusDays(1)),
                workforce.unaccompaniedWorkers().isEmpty() ? null : DemoText.pick(rnd, workforce.unaccompaniedWorkers()));
        finish(g);
        return g.f;
    }

    // ===== today's open cases =====

    /** The dates of an episode open today, worked back from the state it is in today. */
    private static final class Timeline {
        LocalDate referral;
        LocalDate contactReceived;
        LocalDate mashEntered;
        LocalDate assessmentCompleted;
        LocalDate signedOff;
        LocalDate strategyHeld;
        LocalDate s47Done;
        LocalDate icpc;
        LocalDate cinStart;
        boolean steppedDown;
    }

    private Timeline timeline(Random rnd, OpenFamily spec) {
        Timeline t = new Timeline();
        switch (spec.state()) {
            case ASSESSMENT -> {
                t.referral = minusWorkingDays(today, spec.worker() == null ? rnd.nextInt(4) : rnd.nextInt(55));
                int elapsed = workingDays.workingDaysBetween(t.referral, today);
                if (spec.worker() != null && elapsed >= 20 && rnd.nextDouble() < 0.3) {
                    // done, waiting for the manager's sign-off
                    t.assessmentCompleted = min(today, workingDays.plusWorkingDays(t.referral, 15 + rnd.nextInt(elapsed - 14)));
                }
            }
            case CP_ENQUIRY -> {
                t.strategyHeld = minusWorkingDays(today, rnd.nextInt(18));
                t.signedOff = minusWorkingDays(t.strategyHeld, rnd.nextInt(2));
                assessedBefore(rnd, t);
                if (workingDays.workingDaysBetween(t.strategyHeld, today) >= 8) {
                    t.s47Done = workingDays.plusWorkingDays(t.strategyHeld, 5 + rnd.nextInt(3));
                }
            }
            case CHILD_IN_NEED -> {
                t.cinStart = today.minusDays(14 + (rnd.nextDouble() < 0.85 ? rnd.nextInt(260) : 260 + rnd.nextInt(110)));
                if (spec.worker() != null && spec.worker().qualified() && rnd.nextDouble() < 0.2) {
                    // stepped down from a child protection plan
                    t.steppedDown = true;
                    t.icpc = t.cinStart.minusMonths(6 + rnd.nextInt(7));
                    cpRoute(rnd, t);
                } else {
                    t.signedOff = t.cinStart;
                    assessedBefore(rnd, t);
                }
            }
            case CHILD_PROTECTION -> {
                t.icpc = today.minusDays(rnd.nextDouble() < 0.12 ? 380 + rnd.nextInt(230) : 14 + rnd.nextInt(350));
                cpRoute(rnd, t);
            }
        }
        if (rnd.nextDouble() < 0.35) {
            t.mashEntered = minusWorkingDays(t.referral, 1 + rnd.nextInt(3));
            t.contactReceived = t.mashEntered;
        } else {
            t.contactReceived = t.referral;
        }
        return t;
    }

    /** Strategy discussion, s.47 and assessment before an initial conference on {@code t.icpc}. */
    private void cpRoute(Random rnd, Timeline t) {
        t.strategyHeld = minusWorkingDays(t.icpc, 10 + rnd.nextInt(6));
        t.s47Done = min(t.icpc, workingDays.plusWorkingDays(t.strategyHeld, 3 + rnd.nextInt(5)));
        t.signedOff = minusWorkingDays(t.strategyHeld, rnd.nextInt(2));
        assessedBefore(rnd, t);
    }

    /** Referral and assessment before the sign-off on {@code t.signedOff}: 78% within 45 working days. */
    private void assessedBefore(Random rnd, Timeline t) {
        t.assessmentCompleted = t.signedOff.minusDays(rnd.nextInt(3));
        t.referral = minusWorkingDays(t.assessmentCompleted, rnd.nextDouble() < 0.78 ? 15 + rnd.nextInt(31)
                : 46 + rnd.nextInt(20));
    }

    /** Builds one child's open case from the family's timeline. */
    private final class CurrentJourney {
        private final Random rnd;
        private final CaseBuilder b;
        private final OpenFamily spec;
        private final Timeline t;

        CurrentJourney(Random rnd, CaseBuilder b, OpenFamily spec, Timeline t) {
            this.rnd = rnd;
            this.b = b;
            this.spec = spec;
            this.t = t;
        }

        void run() {
            if (spec.worker() == null) {
                // a fresh referral nobody has been allocated yet: no team, no worker
                b.openAssessment(rnd, t.referral, null);
                return;
            }
            if (spec.state() == State.ASSESSMENT) {
                b.allocate(spec.team(), spec.worker(), min(today, t.referral.plusDays(rnd.nextInt(3))),
                        "Allocated for a single assessment");
                b.openAssessment(rnd, t.referral, t.assessmentCompleted);
                return;
            }
            // assessed in the district's assessment team, then transferred to the worker holding it today
            TeamForce assessing = spec.district().assessmentTeams().contains(spec.team()) ? spec.team()
                    : DemoText.pick(rnd, spec.district().assessmentTeams());
            Worker assessor = assessing == spec.team() ? spec.worker() : DemoText.pick(rnd, assessing.qualified());
            b.allocate(assessing, assessor, min(today, t.referral.plusDays(rnd.nextInt(3))),
                    "Allocated for a single assessment");
            switch (spec.state()) {
                case CP_ENQUIRY -> enquiry();
                case CHILD_IN_NEED -> childInNeed();
                default -> protection();
            }
        }

        /** Strategy discussion in the last few weeks; the initial conference due, a few overdue. */
        private void enquiry() {
            b.assessmentCompletedOn(t.referral, t.assessmentCompleted, t.signedOff, "CHILD_PROTECTION");
            b.c.stage = "CHILD_PROTECTION_ENQUIRY";
            b.reallocate(spec.team(), spec.worker(), t.strategyHeld,
                    "Transferred to the Family Safeguarding team for the s.47 enquiry");
            LocalDate due = b.strategy(rnd, t.strategyHeld, true, t.s47Done, t.s47Done == null ? null : "CONFERENCE");
            if (t.s47Done != null) {
                b.conference(null, "INITIAL", due, null, null);
            }
            b.visits(rnd, t.strategyHeld, today, 10, 1.0);
        }

        /** A child in need plan started in the last year, visits mostly on time. */
        private void childInNeed() {
            if (t.steppedDown) {
                PlanRow cp = protectionPlan();
                b.conference(cp, "REVIEW", reviewOn(cp, t.cinStart), t.cinStart, "END_PLAN");
                b.visits(rnd, t.icpc, t.cinStart, CP_VISIT_DAYS, 0.9);
                b.endPlan(cp, t.cinStart, "STEP_DOWN_CHILD_IN_NEED");
            } else {
                b.assessmentCompletedOn(t.referral, t.assessmentCompleted, t.signedOff, "CHILD_IN_NEED");
                b.reallocate(spec.team(), spec.worker(), t.cinStart, "Transferred for a child in need plan");
            }
            b.c.stage = "CHILD_IN_NEED";
            b.plan("CHILD_IN_NEED", null, t.cinStart, CIN_VISIT_DAYS);
            openVisits(t.cinStart, CIN_VISIT_DAYS, 0.12);
            b.notes(rnd, t.cinStart, today);
        }

        /** A child protection plan: some over a year old, some with a review or a visit overdue. */
        private void protection() {
            PlanRow plan = protectionPlan();
            LocalDate due = plan.nextReviewDueOn;
            boolean reviewOverdue = rnd.nextDouble() < 0.06;
            while (due.isBefore(today) && !(reviewOverdue && !due.plusMonths(6).isBefore(today))) {
                LocalDate held = min(today.minusDays(1), rnd.nextDouble() < 0.9 ? due.minusDays(rnd.nextInt(5))
                        : due.plusDays(1 + rnd.nextInt(15)));
                b.conference(plan, "REVIEW", due, held, "CONTINUE");
                due = due.plusMonths(6);
            }
            b.conference(plan, "REVIEW", due, null, null);
            plan.nextReviewDueOn = due;
            if (ChronoUnit.MONTHS.between(t.icpc, today) >= 9 && rnd.nextDouble() < 0.45) {
                b.c.preProceedingsFrom = min(today, t.icpc.plusMonths(9).plusDays(rnd.nextInt(60)));
                if (rnd.nextDouble() < 0.15) {
                    b.c.careProceedingsFrom = min(today, b.c.preProceedingsFrom.plusMonths(1 + rnd.nextInt(3)));
                }
            }
            openVisits(t.icpc, CP_VISIT_DAYS, 0.07);
            b.notes(rnd, t.icpc, today);
            b.events(rnd, t.icpc, today);
            List<Worker> others = spec.team().workers().stream().filter(w -> w.id() != spec.worker().id()).toList();
            if (!others.isEmpty() && rnd.nextDouble() < 0.08) {
                b.coWorker(spec.team(), DemoText.pick(rnd, others), t.icpc.plusDays(rnd.nextInt(30)));
            }
        }

        /**
         * Assessment, strategy discussion, s.47 and initial conference, then the plan in the worker's
         * team; now and then first with a colleague and reallocated since.
         */
        private PlanRow protectionPlan() {
            b.assessmentCompletedOn(t.referral, t.assessmentCompleted, t.signedOff, "CHILD_PROTECTION");
            b.c.stage = "CHILD_PROTECTION_ENQUIRY";
            LocalDate due = b.strategy(rnd, t.strategyHeld, true, t.s47Done, "CONFERENCE");
            List<Worker> others = spec.team().workers().stream().filter(w -> w.id() != spec.worker().id()).toList();
            long days = ChronoUnit.DAYS.between(t.icpc, today);
            if (!t.steppedDown && !others.isEmpty() && days > 150 && rnd.nextDouble() < 0.2) {
                b.reallocate(spec.team(), DemoText.pick(rnd, others), t.icpc,
                        "Transferred to the Family Safeguarding team for the child protection plan");
                b.reallocate(spec.team(), spec.worker(), t.icpc.plusDays(60 + rnd.nextInt((int) days - 100)),
                        "Reallocated within the team to balance caseloads");
            } else {
                b.reallocate(spec.team(), spec.worker(), t.icpc,
                        "Transferred to the Family Safeguarding team for the child protection plan");
            }
            b.c.stage = "CHILD_PROTECTION";
            PlanRow plan = b.plan("CHILD_PROTECTION", category(rnd), t.icpc, CP_VISIT_DAYS);
            b.conference(plan, "INITIAL", due, t.icpc, "PLAN");
            if (t.steppedDown) {
                LocalDate reviewDue = plan.nextReviewDueOn;
                while (reviewDue.plusMonths(6).isBefore(t.cinStart)) {
                    b.conference(plan, "REVIEW", reviewDue, reviewDue.minusDays(rnd.nextInt(4)), "CONTINUE");
                    reviewDue = reviewDue.plusMonths(6);
                }
            }
            return plan;
        }

        /** The review that ended a stepped-down plan: due three months in, then every six. */
        private LocalDate reviewOn(PlanRow plan, LocalDate held) {
            LocalDate due = plan.startedOn.plusMonths(3);
            while (due.plusMonths(6).isBefore(held)) {
                due = due.plusMonths(6);
            }
            return due;
        }

        /** Visits up to today; a share of cases with the last one longer ago than the interval. */
        private void openVisits(LocalDate start, int interval, double overdueShare) {
            boolean overdue = rnd.nextDouble() < overdueShare;
            LocalDate stop = overdue ? today.minusDays(interval + 1 + rnd.nextInt(25)) : today;
            b.visits(rnd, start, max(start, stop), interval, overdue ? 1.0 : 0.93);
            if (!overdue) {
                // on time today: the last visit within the interval
                b.lastVisitWithin(rnd, start, interval);
            }
        }
    }

    // ===== helpers =====

    private LocalDate minusWorkingDays(LocalDate date, int days) {
        LocalDate d = date;
        int counted = 0;
        while (counted < days) {
            d = d.minusDays(1);
            if (workingDays.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private LocalDateTime at(Random rnd, LocalDate date) {
        LocalDateTime t = date.atTime(8 + rnd.nextInt(10), rnd.nextInt(60));
        if (!t.isBefore(nowUtc)) {
            t = max(date.atStartOfDay(), nowUtc.minusMinutes(1 + rnd.nextInt(90)));
        }
        return t;
    }

    private static Risk risk(Random rnd, double low, double medium) {
        double u = rnd.nextDouble();
        return u < low ? Risk.LOW : u < low + medium ? Risk.MEDIUM : Risk.HIGH;
    }

    private static LocalDate between(Random rnd, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays((long) (rnd.nextDouble() * (days + 1)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    /** Per child: referrals and cases so far, to tell re-referrals and to pass contacts to an open case. */
    private static final class ChildState {
        final List<ReferralRow> referrals = new ArrayList<>();
        final List<CaseRow> cases = new ArrayList<>();

        CaseRow openOn(LocalDate t) {
            if (cases.isEmpty()) {
                return null;
            }
            // also a case opening in the next few days: a referral still going through the MASH
            CaseRow last = cases.get(cases.size() - 1);
            return last.closedOn == null || last.closedOn.isAfter(t) ? last : null;
        }
    }

    private final class Gen {
        final Random rnd;
        final DistrictTeams district;
        final Risk risk;
        final FamilyHistory f = new FamilyHistory();
        final Map<PersonRow, ChildState> state = new IdentityHashMap<>();
        /** Every case opened for the household, to add to it afterwards (children in care's visits). */
        final List<CaseBuilder> builders = new ArrayList<>();

        Gen(Random rnd, DistrictTeams district, Risk risk) {
            this.rnd = rnd;
            this.district = district;
            this.risk = risk;
        }

        List<PersonRow> children() {
            return f.people.stream().filter(p -> p.child).toList();
        }
    }

    /** Writes one case's rows: allocations, assessment, strategy, plans, conferences, visits, notes, closure. */
    private final class CaseBuilder {
        final Gen g;
        final CaseRow c;
        final ReferralRow referral;
        AllocationRow lead;
        AllocationRow co;
        PlanRow openPlan;

        CaseBuilder(Gen g, CaseRow c, ReferralRow referral) {
            this.g = g;
            this.c = c;
            this.referral = referral;
        }

        void allocate(TeamForce team, Worker worker, LocalDate from, String reason) {
            Worker by = team.signOff();
            lead = new AllocationRow(c, worker.id(), worker.name(), team.id(), team.name(), team.districtId(), "LEAD",
                    from, reason, by.id(), by.name());
            g.f.allocations.add(lead);
            c.teamId = team.id();
            c.leadWorkerId = worker.id();
        }

        void reallocate(TeamForce team, Worker worker, LocalDate from, String reason) {
            if (lead != null && lead.workerId == worker.id() && lead.teamId == team.id()) {
                return;
            }
            if (lead != null) {
                lead.toDate = from;
            }
            allocate(team, worker, from, reason);
        }

        void coWorker(TeamForce team, Worker worker, LocalDate from) {
            Worker by = team.signOff();
            co = new AllocationRow(c, worker.id(), worker.name(), team.id(), team.name(), team.districtId(), "CO_WORKER",
                    min(from, today), "Co-working with the lead social worker", by.id(), by.name());
            g.f.allocations.add(co);
            c.coWorkerId = worker.id();
        }

        /** From the assessment team to a long-term team (or stays, where the same team does both). */
        void transferToLongTerm(Random rnd, LocalDate on, boolean qualifiedOnly, String reason) {
            TeamForce current = lead == null ? null : workforce.team(lead.teamId).orElse(null);
            List<TeamForce> longTerm = g.district.longTermTeams();
            if (current != null && longTerm.contains(current)) {
                return;
            }
            TeamForce team = DemoText.pick(rnd, longTerm);
            List<Worker> workers = qualifiedOnly ? team.qualified() : team.workers();
            reallocate(team, DemoText.pick(rnd, workers), on, reason);
        }

        void maybeReallocate(Random rnd, LocalDate from, LocalDate to) {
            if (lead == null || ChronoUnit.DAYS.between(from, to) < 180 || rnd.nextDouble() > 0.25) {
                return;
            }
            TeamForce team = workforce.team(lead.teamId).orElseThrow();
            List<Worker> others = team.workers().stream().filter(w -> w.id() != lead.workerId).toList();
            if (others.isEmpty()) {
                return;
            }
            LocalDate on = from.plusDays(60 + rnd.nextInt((int) ChronoUnit.DAYS.between(from, to) - 90));
            lead.toDate = on;
            allocate(team, DemoText.pick(rnd, others), on, "Reallocated within the team to balance caseloads");
        }

        /** A completed, signed-off assessment in the history; returns the sign-off date. */
        LocalDate completedAssessment(Random rnd, LocalDate r, String outcome) {
            LocalDate completed = rnd.nextDouble() < 0.78 ? workingDays.plusWorkingDays(r, 12 + rnd.nextInt(34))
                    : workingDays.plusWorkingDays(r, 46 + rnd.nextInt(25));
            LocalDate signedOff = completed.plusDays(rnd.nextInt(5));
            return assessmentCompletedOn(r, completed, signedOff, outcome);
        }

        LocalDate assessmentCompletedOn(LocalDate r, LocalDate completed, LocalDate signedOff, String outcome) {
            TeamForce team = workforce.team(lead.teamId).orElseThrow();
            Worker by = team.signOff();
            g.f.assessments.add(new FamilyHistory.AssessmentRow(c, referral, r,
                    workingDays.plusWorkingDays(r, ASSESSMENT_WORKING_DAYS), completed, outcome,
                    DemoText.ANALYSES.get(outcome), lead.workerName, signedOff, by.id(), by.name()));
            assessmentVisits(g.rnd, r, completed);
            return signedOff;
        }

        /** An assessment in progress (completed: awaiting the manager's sign-off). */
        void openAssessment(Random rnd, LocalDate r, LocalDate completed) {
            String outcome = completed == null ? null : DemoText.pick(rnd, List.of("CHILD_IN_NEED", "EARLY_HELP",
                    "NO_FURTHER_ACTION", "CHILD_IN_NEED", "CHILD_PROTECTION"));
            g.f.assessments.add(new AssessmentRow(c, referral, r,
                    workingDays.plusWorkingDays(r, ASSESSMENT_WORKING_DAYS), completed, outcome,
                    outcome == null ? null : DemoText.ANALYSES.get(outcome),
                    outcome == null ? null : lead.workerName, null, null, null));
            if (lead != null) {
                assessmentVisits(rnd, r, completed == null ? today : completed);
            }
        }

        private void assessmentVisits(Random rnd, LocalDate from, LocalDate to) {
            LocalDate visit = from.plusDays(1 + rnd.nextInt(7));
            if (!visit.isAfter(to) && !visit.isAfter(today)) {
                visit(rnd, visit, false);
            }
            LocalDate call = from.plusDays(3 + rnd.nextInt(20));
            if (!call.isAfter(to) && !call.isAfter(today)) {
                note(rnd, call);
            }
        }

        /** Returns the initial conference's due date (15 working days after the discussion) when s.47 starts. */
        LocalDate strategy(Random rnd, LocalDate held, boolean section47, LocalDate s47Done, String s47Outcome) {
            LocalDate due = section47 ? workingDays.plusWorkingDays(held, CONFERENCE_WORKING_DAYS) : null;
            g.f.strategies.add(new StrategyRow(c, held, DemoText.pick(rnd, DemoText.STRATEGY_ATTENDEES), section47,
                    s47Done, s47Outcome, due, lead.workerName));
            return due;
        }

        PlanRow plan(String kind, String category, LocalDate start, int interval) {
            PlanRow plan = new PlanRow(c, kind, category, start, interval);
            if ("CHILD_PROTECTION".equals(kind)) {
                plan.nextReviewDueOn = start.plusMonths(3);
            }
            g.f.plans.add(plan);
            openPlan = plan;
            return plan;
        }

        void endPlan(PlanRow plan, LocalDate on, String reason) {
            plan.endedOn = on;
            plan.endReason = reason;
            plan.nextReviewDueOn = null;
            if (openPlan == plan) {
                openPlan = null;
            }
        }

        void conference(PlanRow plan, String kind, LocalDate due, LocalDate held, String outcome) {
            g.f.conferences.add(new ConferenceRow(c, plan, kind, due, held, outcome, DemoText.pick(g.rnd, workforce.chairs())));
        }

        /**
         * Statutory visits from {@code from} to {@code to}: mostly within the interval
         * ({@code onTimeShare}), otherwise up to a fortnight late; notes in between.
         */
        void visits(Random rnd, LocalDate from, LocalDate to, int interval, double onTimeShare) {
            LocalDate last = from;
            while (true) {
                int gap = rnd.nextDouble() < onTimeShare ? Math.max(3, interval / 3) + rnd.nextInt(interval - Math.max(3, interval / 3) + 1)
                        : interval + 1 + rnd.nextInt(14);
                LocalDate next = last.plusDays(gap);
                if (next.isAfter(to)) {
                    break;
                }
                visit(rnd, next, true);
                if (rnd.nextDouble() < 0.35) {
                    LocalDate between = last.plusDays(1 + rnd.nextInt(gap));
                    if (!between.isAfter(to)) {
                        note(rnd, between);
                    }
                }
                last = next;
            }
        }

        /** Makes sure the latest visit is within the interval of today (a visit done this week). */
        void lastVisitWithin(Random rnd, LocalDate from, int interval) {
            LocalDate last = from;
            for (NoteRow n : g.f.notes) {
                if (n.caseRow() == c && n.visit() && n.occurredOn().isAfter(last)) {
                    last = n.occurredOn();
                }
            }
            if (ChronoUnit.DAYS.between(last, today) >= interval - 2) {
                LocalDate on = max(from, today.minusDays(rnd.nextInt(Math.max(1, interval / 3))));
                visit(rnd, on, true);
            }
        }

        void notes(Random rnd, LocalDate from, LocalDate to) {
            LocalDate d = from.plusDays(5 + rnd.nextInt(20));
            while (!d.isAfter(to)) {
                note(rnd, d);
                d = d.plusDays(15 + rnd.nextInt(30));
            }
        }

        private void visit(Random rnd, LocalDate on, boolean statutory) {
            double u = rnd.nextDouble();
            String kind = u < 0.8 ? "HOME_VISIT" : u < 0.95 ? "SCHOOL_VISIT" : "OFFICE_VISIT";
            boolean alone = !"HOME_VISIT".equals(kind) || rnd.nextDouble() < 0.78;
            String body = switch (kind) {
                case "SCHOOL_VISIT" -> DemoText.pick(rnd, DemoText.SCHOOL_VISITS);
                case "OFFICE_VISIT" -> DemoText.pick(rnd, DemoText.OFFICE_VISITS);
                default -> DemoText.pick(rnd, alone ? DemoText.HOME_VISITS_ALONE : DemoText.HOME_VISITS_WITH_PARENT);
            };
            AllocationRow by = holderOn(on);
            g.f.notes.add(new NoteRow(c, kind, on, true, alone, statutory, body, by.workerId, by.workerName,
                    at(rnd, on)));
        }

        private void note(Random rnd, LocalDate on) {
            String body = DemoText.pick(rnd, DemoText.OTHER_NOTES);
            AllocationRow by = holderOn(on);
            g.f.notes.add(new NoteRow(c, DemoText.NOTE_KINDS.get(body), on, null, null, false, body, by.workerId,
                    by.workerName, at(rnd, on)));
        }

        void events(Random rnd, LocalDate from, LocalDate to) {
            int n = rnd.nextInt(3);
            for (int i = 0; i < n; i++) {
                LocalDate on = between(rnd, from, to);
                DemoText.Event e = DemoText.pick(rnd, DemoText.EVENTS);
                g.f.events.add(new EventRow(c, on, e.title(), e.detail(), holderOn(on).workerName, at(rnd, on)));
            }
        }

        /** Whoever held the case on that day (the first holder for a day before any allocation). */
        private AllocationRow holderOn(LocalDate on) {
            AllocationRow found = null;
            for (AllocationRow a : g.f.allocations) {
                if (a.caseRow != c || !"LEAD".equals(a.role)) {
                    continue;
                }
                if (found == null || !a.fromDate.isAfter(on)) {
                    found = a;
                }
            }
            return found;
        }

        /**
         * A child in care's statutory visits after their case closed "Transferred to children in care":
         * about every six weeks (regulation 28), mostly on time, by the corporate parenting worker
         * (the last holder when the authority has no such team), the last within a few weeks of {@code to}.
         */
        void careVisits(Random rnd, LocalDate from, LocalDate to, Worker worker) {
            AllocationRow last = holderOn(from);
            long byId = worker != null ? worker.id() : last.workerId;
            String byName = worker != null ? worker.name() : last.workerName;
            LocalDate on = from.plusDays(1 + rnd.nextInt(6));
            while (!on.isAfter(to)) {
                g.f.notes.add(new NoteRow(c, "HOME_VISIT", on, true, rnd.nextDouble() < 0.85, true,
                        DemoText.pick(rnd, DemoText.CARE_VISITS), byId, byName, at(rnd, on)));
                on = on.plusDays(rnd.nextDouble() < 0.9 ? 28 + rnd.nextInt(15) : 43 + rnd.nextInt(20));
            }
        }

        void close(LocalDate on, String reason) {
            if (openPlan != null) {
                endPlan(openPlan, on, "CASE_CLOSED");
            }
            c.closedOn = on;
            c.closureReason = reason;
            c.stage = "CLOSED";
            for (AllocationRow a : g.f.allocations) {
                if (a.caseRow == c && a.toDate == null) {
                    a.toDate = on.isBefore(a.fromDate) ? a.fromDate : on;
                }
            }
        }
    }
}
