package org.safeguard.caserecords.demo;

import static org.safeguard.caserecords.TestCalendars.WEEKDAYS_ONLY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.demo.FamilyHistory.AllocationRow;
import org.safeguard.caserecords.demo.FamilyHistory.AssessmentRow;
import org.safeguard.caserecords.demo.FamilyHistory.CaseRow;
import org.safeguard.caserecords.demo.FamilyHistory.ConferenceRow;
import org.safeguard.caserecords.demo.FamilyHistory.NoteRow;
import org.safeguard.caserecords.demo.FamilyHistory.PersonRow;
import org.safeguard.caserecords.demo.FamilyHistory.PlanRow;
import org.safeguard.caserecords.demo.FamilyHistory.ReferralRow;
import org.safeguard.platform.api.organisation.Authority;

/** The demo county's histories, generated without a database: what a manager or an inspector would check. */
class DemoPlanTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    static final org.safeguard.caserecords.api.WorkingDays WORKING_DAYS = WEEKDAYS_ONLY;
    static final TestCounty COUNTY = new TestCounty();

    static final Pattern NAMES = Pattern.compile("\\b(" + String.join("|", DemoText.SURNAMES) + "|"
            + String.join("|", DemoText.GIRLS) + "|" + String.join("|", DemoText.BOYS) + ")\\b");

    static List<FamilyHistory> cambridgeshire;
    static DemoPlan cambridgeshirePlan;
    static List<FamilyHistory> larger;

    @BeforeAll
    static void generate() {
        cambridgeshirePlan = plan(TestCounty.CCC, DemoSize.small());
        cambridgeshire = families(TestCounty.CCC, cambridgeshirePlan);
        larger = families(TestCounty.CCC, plan(TestCounty.CCC, new DemoSize("small", 6_000)));
    }

    static DemoPlan plan(Authority authority, DemoSize size) {
        return DemoPlan.of(Workforce.of(authority, COUNTY), size, true);
    }

    static List<FamilyHistory> families(Authority authority, DemoPlan plan) {
        HistoryGenerator generator = new HistoryGenerator(Workforce.of(authority, COUNTY), WORKING_DAYS, TODAY,
                TODAY.atTime(11, 30));
        List<FamilyHistory> out = new ArrayList<>();
        plan.families(generator).forEachRemaining(out::add);
        return out;
    }

    static List<FamilyHistory> careFamilies(Authority authority, DemoPlan plan) {
        HistoryGenerator generator = new HistoryGenerator(Workforce.of(authority, COUNTY), WORKING_DAYS, TODAY,
                TODAY.atTime(11, 30));
        return plan.careFamilies(generator, TODAY);
    }

    @Test
    void careHistoriesBringChildrenIntoCareAndYoungPeopleArriveAlone() {
        List<FamilyHistory> care = careFamilies(TestCounty.CCC, cambridgeshirePlan);
        long transferred = care.stream().flatMap(f -> f.cases.stream())
                .filter(c -> "TRANSFERRED_TO_CARE".equals(c.closureReason)).count();
        int workers = Workforce.of(TestCounty.CCC, COUNTY).caseHolders().size();
        assertTrue(transferred >= workers, "most of " + DemoPlan.CARE_CHILDREN_PER_WORKER * workers + " children come into care: "
                + transferred);
        List<FamilyHistory> alone = care.stream().filter(f -> f.people.stream().noneMatch(p -> !p.child)).toList();
        assertEquals(workers / DemoPlan.WORKERS_PER_UNACCOMPANIED, alone.size(), "young people who arrived alone");
        for (FamilyHistory f : alone) {
            assertEquals(1, f.cases.size());
            assertEquals("TRANSFERRED_TO_CARE", f.cases.get(0).closureReason);
        }
        for (FamilyHistory f : care) {
            for (var c : f.cases) {
                assertTrue(c.closedOn != null && c.closedOn.isBefore(TODAY), "every care history is closed by today");
                assertTrue(c.closedOn.isBefore(c.child.eighteenth()));
            }
        }
        assertEquals(fingerprint(cambridgeshire), fingerprint(families(TestCounty.CCC, cambridgeshirePlan)),
                "the other families are the same with or without them");
    }

    @Test
    void theSameSeedGivesTheSameCounty() {
        List<FamilyHistory> again = families(TestCounty.CCC, plan(TestCounty.CCC, DemoSize.small()));
        assertEquals(fingerprint(cambridgeshire), fingerprint(again));
    }

    @Test
    void authoritiesGetDifferentFamilies() {
        List<FamilyHistory> peterborough = families(TestCounty.PCC, plan(TestCounty.PCC, DemoSize.small()));
        assertFalse(fingerprint(peterborough).equals(fingerprint(cambridgeshire)));
        assertTrue(peterborough.stream().allMatch(f -> f.family.town.equals("Peterborough")));
        assertTrue(peterborough.stream().allMatch(f -> f.family.postcode.matches("PE[1-4] \\d[A-Z]{2}")));
    }

    @Test
    void sizesAreAsConfigured() {
        int open = cambridgeshirePlan.caseload().children();
        assertEquals(open + Math.max(DemoSize.SMALL_HISTORY_CHILDREN, open / 2), cambridgeshirePlan.children());
        assertTrue(children(cambridgeshire) >= cambridgeshirePlan.children());
        assertTrue(children(cambridgeshire) < cambridgeshirePlan.children() + 5, "stops at the family that reaches the number");
        assertEquals(100_000, new DemoSize("benchmark", 0).childrenFor(true, open));
        assertEquals(open + Math.max(150, open / 2), new DemoSize("benchmark", 0).childrenFor(false, open),
                "the other authorities stay small");
        assertEquals(12_345, new DemoSize("small", 12_345).childrenFor(true, open));
        assertEquals(open, new DemoSize("small", 10).childrenFor(true, open), "never fewer than the open caseload");
    }

    @Test
    void aReReferralIsAReferralWithinTwelveMonthsOfThePreviousOne() {
        long referrals = 0;
        long reReferrals = 0;
        for (FamilyHistory f : larger) {
            Map<PersonRow, List<ReferralRow>> byChild = new IdentityHashMap<>();
            for (ReferralRow r : f.referrals) {
                List<ReferralRow> earlier = byChild.computeIfAbsent(r.child, c -> new ArrayList<>());
                ReferralRow last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
                assertTrue(last == null || !last.referredOn.isAfter(r.referredOn), "a child's referrals in date order");
                // as the front door decides it: strictly within the twelve months before
                boolean withinYear = earlier.stream().anyMatch(p -> p.referredOn.isAfter(r.referredOn.minusMonths(12)));
                assertEquals(withinYear, r.reReferral, "re-referral flag of a referral on " + r.referredOn);
                assertEquals(withinYear ? last : null, r.previous, "the referral it repeats");
                earlier.add(r);
                referrals++;
                reReferrals += r.reReferral ? 1 : 0;
            }
        }
        double rate = (double) reReferrals / referrals;
        assertTrue(rate >= 0.20 && rate <= 0.27, "re-referral rate near the seeds' 23–27%: " + rate);
    }

    @Test
    void assessmentsAreDue45WorkingDaysAfterTheReferralAndMostlyOnTime() {
        long completed = 0;
        long onTime = 0;
        for (FamilyHistory f : larger) {
            for (AssessmentRow a : f.assessments) {
                assertEquals(a.referral().referredOn, a.startedOn());
                assertEquals(WORKING_DAYS.plusWorkingDays(a.startedOn(), 45), a.dueOn());
                if (a.completedOn() != null) {
                    completed++;
                    onTime += a.completedOn().isAfter(a.dueOn()) ? 0 : 1;
                    assertNotNull(a.outcome());
                    assertTrue(a.signedOffOn() == null || !a.signedOffOn().isBefore(a.completedOn()));
                }
            }
        }
        double share = (double) onTime / completed;
        assertTrue(share > 0.72 && share < 0.84, "about 78% on time as in the seeds: " + share);
    }

    @Test
    void everyOpenCaseIsHeldByAnExistingWorkerExceptTheFewUnallocated() {
        Map<Long, Workforce.Worker> workers = Workforce.of(TestCounty.CCC, COUNTY).caseHolders().stream()
                .collect(Collectors.toMap(Workforce.Worker::id, w -> w, (a, b) -> a));
        Map<Long, Integer> openByWorker = new HashMap<>();
        int unallocated = 0;
        for (FamilyHistory f : cambridgeshire) {
            for (CaseRow c : f.cases) {
                if (!c.open()) {
                    continue;
                }
                if (c.leadWorkerId == null) {
                    unallocated++;
                    assertNull(c.teamId);
                    assertEquals("ASSESSMENT", c.stage);
                    continue;
                }
                Workforce.Worker w = workers.get(c.leadWorkerId);
                assertNotNull(w, "lead worker " + c.leadWorkerId + " is a case-holder");
                assertEquals(w.teamId(), c.teamId.longValue());
                AllocationRow current = currentLead(f, c);
                assertEquals(c.leadWorkerId.longValue(), current.workerId);
                assertEquals(c.teamId.longValue(), current.teamId);
                openByWorker.merge(w.id(), 1, Integer::sum);
            }
        }
        assertEquals(cambridgeshirePlan.caseload().unallocatedChildren(), unallocated);
        assertTrue(unallocated >= 5 && unallocated <= 10, "a handful: " + unallocated);
        assertEquals(cambridgeshirePlan.caseload().targets(), openByWorker);
        for (String demoUser : List.of("fenland.sw", "fenland.ssw", "fenland.cp", "hunts.sw")) {
            int held = openByWorker.getOrDefault(COUNTY.user(demoUser).id(), 0);
            assertTrue(held >= 12, demoUser + " holds real open cases: " + held);
        }
        long overGuide = workers.values().stream()
                .filter(w -> openByWorker.getOrDefault(w.id(), 0) > Math.round(20 * w.fte())).count();
        assertTrue(overGuide >= 5, "some workers over the guide of 20 per FTE: " + overGuide);
    }

    @Test
    void todaysCaseloadHasTheWorkAManagerWatches() {
        long overdueAssessments = 0;
        long awaitingSignOff = 0;
        long longPlans = 0;
        long overdueReviews = 0;
        long overdueCpVisits = 0;
        long cpPlans = 0;
        long openReReferrals = 0;
        for (FamilyHistory f : cambridgeshire) {
            for (CaseRow c : f.cases) {
                if (!c.open()) {
                    continue;
                }
                AssessmentRow a = f.assessments.stream().filter(x -> x.caseRow() == c).findFirst().orElseThrow();
                if (a.completedOn() == null && a.dueOn().isBefore(TODAY)) {
                    overdueAssessments++;
                }
                if (a.completedOn() != null && a.signedOffOn() == null) {
                    awaitingSignOff++;
                }
                openReReferrals += f.referrals.stream().anyMatch(r -> r.caseRow == c && r.reReferral) ? 1 : 0;
                for (PlanRow p : f.plans) {
                    if (p.caseRow != c || !p.open() || !"CHILD_PROTECTION".equals(p.kind)) {
                        continue;
                    }
                    cpPlans++;
                    longPlans += p.startedOn.isBefore(TODAY.minusMonths(12)) ? 1 : 0;
                    overdueReviews += p.nextReviewDueOn.isBefore(TODAY) ? 1 : 0;
                    LocalDate lastVisit = f.notes.stream().filter(n -> n.caseRow() == c && n.visit())
                            .map(NoteRow::occurredOn).max(LocalDate::compareTo).orElse(p.startedOn);
                    overdueCpVisits += lastVisit.plusDays(28).isBefore(TODAY) ? 1 : 0;
                    assertTrue(f.conferences.stream().anyMatch(x -> x.plan() == p && x.heldOn() == null
                            && x.dueOn().equals(p.nextReviewDueOn)), "the next review is on the list");
                }
            }
        }
        assertTrue(overdueAssessments > 0, "overdue assessments");
        assertTrue(awaitingSignOff > 0, "assessments awaiting sign-off");
        assertTrue(longPlans > 0, "CP plans over 12 months");
        assertTrue(overdueReviews > 0, "overdue review conferences");
        assertTrue(overdueCpVisits > 0 && overdueCpVisits < cpPlans / 4, "some overdue CP visits: " + overdueCpVisits);
        assertTrue(openReReferrals > 0, "some re-referrals among today's cases");
    }

    @Test
    void cpVisitsAreMostlyWithin28Days() {
        long gaps = 0;
        long within = 0;
        for (FamilyHistory f : larger) {
            for (PlanRow p : f.plans) {
                if (!"CHILD_PROTECTION".equals(p.kind)) {
                    continue;
                }
                LocalDate end = p.endedOn == null ? TODAY : p.endedOn;
                List<LocalDate> visits = f.notes.stream()
                        .filter(n -> n.caseRow() == p.caseRow && n.visit() && n.statutory()
                                && !n.occurredOn().isBefore(p.startedOn) && !n.occurredOn().isAfter(end))
                        .map(NoteRow::occurredOn).sorted().toList();
                LocalDate last = p.startedOn;
                for (LocalDate v : visits) {
                    gaps++;
                    within += v.isAfter(last.plusDays(28)) ? 0 : 1;
                    last = v;
                }
            }
        }
        double share = (double) within / gaps;
        assertTrue(share > 0.85 && share < 0.95, "about 90% of CP visits within 28 days: " + share);
    }

    @Test
    void historiesAreConsistent() {
        for (FamilyHistory f : larger) {
            Set<PersonRow> people = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            people.addAll(f.people);
            for (CaseRow c : f.cases) {
                assertTrue(people.contains(c.child));
                assertTrue(c.child.child);
                assertEquals(f.family.districtId, c.districtId);
                assertFalse(c.openedOn.isAfter(TODAY));
                if (!c.open()) {
                    assertEquals("CLOSED", c.stage);
                    assertNotNull(c.closureReason);
                    assertFalse(c.closedOn.isBefore(c.openedOn));
                    assertTrue(c.closedOn.isBefore(TODAY), "closed cases closed before today");
                    assertTrue(c.closedOn.isBefore(c.child.eighteenth()));
                }
                List<CaseRow> childCases = f.cases.stream().filter(x -> x.child == c.child).toList();
                for (CaseRow other : childCases) {
                    if (other != c && !other.openedOn.isBefore(c.openedOn)) {
                        assertTrue(c.closedOn != null && !c.closedOn.isAfter(other.openedOn),
                                "a child never has two cases open at once");
                    }
                }
            }
            for (AllocationRow a : f.allocations) {
                assertTrue(a.toDate == null || !a.toDate.isBefore(a.fromDate));
                assertFalse(a.fromDate.isAfter(TODAY));
            }
            for (CaseRow c : f.cases) {
                long current = f.allocations.stream().filter(a -> a.caseRow == c && "LEAD".equals(a.role) && a.toDate == null).count();
                assertEquals(c.open() && c.leadWorkerId != null ? 1 : 0, current, "one current lead allocation per open case");
            }
            for (PlanRow p : f.plans) {
                assertEquals(p.endedOn == null, p.caseRow.open() && p.caseRow.stage.equals(p.kind),
                        "a plan is open exactly while its case is at that stage");
            }
            for (ConferenceRow c : f.conferences) {
                assertTrue(c.heldOn() == null || !c.heldOn().isAfter(TODAY));
                assertTrue(c.heldOn() != null || c.caseRow().open(), "unheld conferences only on open cases");
            }
            for (NoteRow n : f.notes) {
                assertFalse(n.occurredOn().isAfter(TODAY));
                assertTrue(n.recordedAt().isBefore(TODAY.atTime(11, 30)));
                assertFalse(NAMES.matcher(n.body()).find(), "note bodies name nobody: " + n.body());
            }
            f.contacts.forEach(c -> {
                assertFalse(c.receivedOn.isAfter(TODAY));
                assertTrue(c.decidedOn == null || !c.decidedOn.isBefore(c.receivedOn));
                assertEquals(c.status.equals("DECIDED"), c.decidedOn != null);
                assertEquals("REFERRAL".equals(c.outcome), c.caseRow != null);
            });
        }
    }

    private static AllocationRow currentLead(FamilyHistory f, CaseRow c) {
        return f.allocations.stream().filter(a -> a.caseRow == c && "LEAD".equals(a.role) && a.toDate == null)
                .findFirst().orElseThrow();
    }

    private static long children(List<FamilyHistory> families) {
        return families.stream().mapToLong(FamilyHistory::children).sum();
    }

    private static String fingerprint(List<FamilyHistory> families) {
        StringBuilder s = new StringBuilder();
        for (FamilyHistory f : families) {
            s.append(f.family.name).append(f.family.postcode).append(f.family.createdAt).append('|');
            f.people.forEach(p -> s.append(p.givenName).append(p.dateOfBirth).append(p.nhsNumber).append(','));
            f.cases.forEach(c -> s.append(c.openedOn).append(c.closedOn).append(c.stage).append(c.leadWorkerId).append(','));
            f.contacts.forEach(c -> s.append(c.receivedOn).append(c.outcome).append(','));
            f.notes.forEach(n -> s.append(n.occurredOn()).append(n.kind()).append(','));
            s.append(f.rows()).append('\n');
        }
        return s.toString();
    }
}
