package org.safeguard.familysafeguarding.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.familysafeguarding.model.AssignmentEndReason;
import org.safeguard.familysafeguarding.model.Attendance;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.DomesticAbuseWork;
import org.safeguard.familysafeguarding.model.Engagement;
import org.safeguard.familysafeguarding.model.FactorKind;
import org.safeguard.familysafeguarding.model.FactorSource;
import org.safeguard.familysafeguarding.model.FamilySafeguardingSettings;
import org.safeguard.familysafeguarding.model.GoalReview;
import org.safeguard.familysafeguarding.model.MotivationalFocus;
import org.safeguard.familysafeguarding.model.ParentGoal;
import org.safeguard.familysafeguarding.model.ParentSession;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.Progress;
import org.safeguard.familysafeguarding.model.SessionType;
import org.safeguard.familysafeguarding.model.ToxicTrioFactor;
import org.safeguard.familysafeguarding.model.WorkbookEntry;
import org.safeguard.familysafeguarding.model.WorkbookRole;
import org.safeguard.familysafeguarding.web.Text;

/**
 * Writes one Family Safeguarding team's demo adult work into an open transaction: toxic-trio
 * factors on its families' adults (most families have at least one, as the seeds say, 000 §6.3.3),
 * assignments to the team's practitioners up to about their guide (a domestic abuse practitioner a
 * little over it, as real teams run), the rest waiting; ended work in some families' history;
 * fortnightly sessions, goals with monthly reviews, and the workbook. Deterministic per family.
 */
final class DemoWork {

    /** A member of the team holding an adult practitioner role. */
    record Practitioner(long userId, String name, Discipline discipline, BigDecimal fte) {}

    record Team(long id, String name, long authorityId, List<Practitioner> practitioners) {}

    /** One of the team's families, its adults now, and its open case in the team. */
    /** @param leadWorkerRole how the lead worker signs, e.g. "social worker" */
    record Family(long id, String name, List<FamilyMember> adults, LocalDate caseOpened, long leadWorkerId,
                  String leadWorkerName, String leadWorkerRole) {}

    /** How far past their guide practitioners of each discipline are filled. */
    private static final Map<Discipline, Integer> OVER_GUIDE = Map.of(Discipline.SUBSTANCE_MISUSE, -1,
            Discipline.MENTAL_HEALTH, -3, Discipline.DOMESTIC_ABUSE, 2);

    private final EntityManager em;
    private final LocalDate today;
    private final LocalDateTime nowUtc;
    private final FamilySafeguardingSettings settings;
    private final Map<Long, Integer> load = new HashMap<>();
    private int rows;

    DemoWork(EntityManager em, LocalDate today, LocalDateTime nowUtc, FamilySafeguardingSettings settings) {
        this.em = em;
        this.today = today;
        this.nowUtc = nowUtc;
        this.settings = settings;
    }

    int rows() {
        return rows;
    }

    /**
     * The families in the order their cases opened: the longest-open families have their
     * practitioners, and those that wait are the newest, waiting days or weeks, not years.
     */
    void team(Team team, List<Family> families) {
        List<Family> oldestFirst = new ArrayList<>(families);
        oldestFirst.sort(Comparator.comparing(Family::caseOpened).thenComparingLong(Family::id));
        for (Family family : oldestFirst) {
            if (!family.adults().isEmpty()) {
                family(team, family, new Random(family.id() * 7919L + 17));
            }
        }
    }

    private void family(Team team, Family family, Random rnd) {
        if (rnd.nextDouble() < 0.2) {
            return; // a family whose difficulties lie elsewhere
        }
        Map<Discipline, List<ToxicTrioFactor>> needs = new EnumMap<>(Discipline.class);
        for (FactorKind kind : kinds(rnd, family.adults().size())) {
            FamilyMember adult = adultFor(kind, family.adults(), rnd);
            boolean later = rnd.nextDouble() < 0.2;
            LocalDate identified = min(today.minusDays(3),
                    family.caseOpened().plusDays(later ? 60 + rnd.nextInt(240) : rnd.nextInt(40)));
            String by = family.leadWorkerName() + ", " + family.leadWorkerRole();
            ToxicTrioFactor factor = new ToxicTrioFactor(team.authorityId(), family.id(), adult.personId(), adult.name(),
                    kind, later ? FactorSource.LATER : FactorSource.ASSESSMENT, identified, by, family.leadWorkerId(),
                    family.leadWorkerName(), at(identified));
            persist(factor);
            needs.computeIfAbsent(kind.discipline(), d -> new ArrayList<>()).add(factor);
        }
        if (needs.isEmpty()) {
            return;
        }
        Map<Discipline, Practitioner> working = new EnumMap<>(Discipline.class);
        for (Map.Entry<Discipline, List<ToxicTrioFactor>> need : new ArrayList<>(needs.entrySet())) {
            if (finished(team, family, need.getKey(), need.getValue(), rnd)) {
                needs.remove(need.getKey());
                continue;
            }
            Optional<Practitioner> free = free(team, need.getKey());
            if (free.isEmpty()) {
                continue; // the family waits
            }
            Practitioner p = free.get();
            load.merge(p.userId(), 1, Integer::sum);
            working.put(need.getKey(), p);
            for (ToxicTrioFactor factor : need.getValue()) {
                LocalDate start = min(today.minusDays(1), factor.identifiedOn().plusDays(3 + rnd.nextInt(22)));
                PractitionerAssignment assignment = new PractitionerAssignment(team.authorityId(), family.id(), team.id(),
                        team.name(), factor.adultPersonId(), factor.adultName(), p.userId(), p.name(), p.discipline(),
                        work(factor.kind()), start, family.leadWorkerId(), family.leadWorkerName(), at(start));
                persist(assignment);
                em.flush(); // the id, for its sessions and goals
                work(assignment, factor.kind(), rnd);
            }
        }
        workbook(team, family, needs, working, rnd);
    }

    /** Which of the trio affect the family: most have one, many two or all three (000 §6.3.3). */
    private static List<FactorKind> kinds(Random rnd, int adults) {
        List<FactorKind> kinds = new ArrayList<>();
        if (rnd.nextDouble() < 0.35) {
            kinds.add(FactorKind.SUBSTANCE_MISUSE);
        }
        if (rnd.nextDouble() < 0.3) {
            kinds.add(FactorKind.MENTAL_HEALTH);
        }
        boolean domesticAbuse = rnd.nextDouble() < 0.4;
        if (kinds.isEmpty() && !domesticAbuse) {
            // the family has at least one: any of the three
            switch (rnd.nextInt(3)) {
                case 0 -> kinds.add(FactorKind.SUBSTANCE_MISUSE);
                case 1 -> kinds.add(FactorKind.MENTAL_HEALTH);
                default -> domesticAbuse = true;
            }
        }
        if (domesticAbuse) {
            kinds.add(FactorKind.DOMESTIC_ABUSE_VICTIM);
            if (adults > 1 && rnd.nextDouble() < 0.7) {
                kinds.add(FactorKind.DOMESTIC_ABUSE_PERPETRATOR);
            }
        }
        return kinds;
    }

    /**
     * The adult a factor affects. Case records' demo households record the mother first and her
     * partner (the children's father or a step-parent) after her, so domestic abuse is recorded with
     * the mother as the victim and her partner as the perpetrator, as most often in the seeds' families.
     */
    private static FamilyMember adultFor(FactorKind kind, List<FamilyMember> adults, Random rnd) {
        FamilyMember victim = adults.stream().min(Comparator.comparingLong(FamilyMember::personId)).orElseThrow();
        return switch (kind) {
            case DOMESTIC_ABUSE_VICTIM -> victim;
            case DOMESTIC_ABUSE_PERPETRATOR -> adults.stream().filter(a -> a != victim).findFirst().orElse(victim);
            default -> adults.get(rnd.nextInt(adults.size()));
        };
    }

    /** The least loaded practitioner of the discipline with room (demo fill: guide plus or minus a little). */
    private Optional<Practitioner> free(Team team, Discipline discipline) {
        return team.practitioners().stream()
                .filter(p -> p.discipline() == discipline)
                .filter(p -> load.getOrDefault(p.userId(), 0) < guide(p) + OVER_GUIDE.get(discipline))
                .min(Comparator.comparingInt(p -> load.getOrDefault(p.userId(), 0)));
    }

    private int guide(Practitioner p) {
        return p.fte().multiply(BigDecimal.valueOf(settings.familiesPerFte(p.discipline()))).intValue();
    }

    /**
     * Many families open for most of a year have had the work on a need done: the practitioner
     * worked with the parent for about six months, and the need ended with the reason, so the
     * family's history shows it and the practitioner's capacity went to newer families.
     */
    private boolean finished(Team team, Family family, Discipline discipline, List<ToxicTrioFactor> factors, Random rnd) {
        Practitioner p = team.practitioners().stream().filter(x -> x.discipline() == discipline).findFirst().orElse(null);
        LocalDate identified = factors.get(0).identifiedOn();
        if (p == null || ChronoUnit.DAYS.between(identified, today) < 300 || rnd.nextDouble() > 0.45) {
            return false;
        }
        LocalDate started = identified.plusDays(5 + rnd.nextInt(15));
        LocalDate ended = started.plusDays(150 + rnd.nextInt(60));
        for (ToxicTrioFactor factor : factors) {
            PractitionerAssignment done = new PractitionerAssignment(team.authorityId(), family.id(), team.id(),
                    team.name(), factor.adultPersonId(), factor.adultName(), p.userId(), p.name(), p.discipline(),
                    work(factor.kind()), started, family.leadWorkerId(), family.leadWorkerName(), at(started));
            done.end(ended, AssignmentEndReason.WORK_COMPLETED, family.leadWorkerName(), at(ended));
            persist(done);
            factor.end(ended, String.format(DemoText.FACTOR_ENDED.get(discipline.ordinal()).replace("%s", "%1$s"),
                    DemoText.first(factor.adultName())), p.name(), at(ended));
        }
        return true;
    }

    private static DomesticAbuseWork work(FactorKind kind) {
        return kind == FactorKind.DOMESTIC_ABUSE_PERPETRATOR ? DomesticAbuseWork.PERPETRATOR
                : kind == FactorKind.DOMESTIC_ABUSE_VICTIM ? DomesticAbuseWork.VICTIM : null;
    }

    /** Fortnightly sessions since the start (the latest twelve), and goals with monthly reviews. */
    private void work(PractitionerAssignment a, FactorKind kind, Random rnd) {
        long span = ChronoUnit.DAYS.between(a.startedOn(), today);
        int total = (int) (span / 14);
        boolean struggling = rnd.nextDouble() < 0.15;
        String first = DemoText.first(a.adultName());
        for (int i = Math.max(0, total - 12); i < total; i++) {
            LocalDate held = a.startedOn().plusDays(3 + i * 14L + rnd.nextInt(4));
            if (held.isAfter(today)) {
                break;
            }
            double roll = rnd.nextDouble();
            Attendance attendance = roll < (struggling ? 0.55 : 0.8) ? Attendance.ATTENDED
                    : roll < (struggling ? 0.85 : 0.92) ? Attendance.DID_NOT_ATTEND : Attendance.CANCELLED;
            double through = total <= 1 ? 0 : (double) i / (total - 1);
            MotivationalFocus focus = MotivationalFocus.values()[Math.min(3, (int) (through * 4))];
            int score = Math.max(1, Math.min(5, (struggling ? 3 - (int) (through * 2) : 2 + (int) Math.round(through * 3))
                    + rnd.nextInt(2) - (rnd.nextDouble() < 0.3 ? 1 : 0)));
            SessionType type = pickType(rnd);
            persist(new ParentSession(a.authorityId(), a.familyId(), a.id(), held, type, attendance, focus,
                    Engagement.ofScore(score).orElseThrow(),
                    DemoText.sessionNote(rnd, a.discipline(), attendance, first), a.practitionerUserId(),
                    a.practitionerName(), at(held)));
        }
        if (span < 21) {
            return;
        }
        // goals of long-running work were reset at a recent review: the latest half year is what matters here
        LocalDate set = max(a.startedOn().plusDays(14), today.minusDays(120 + rnd.nextInt(60)));
        ParentGoal goal = new ParentGoal(a.authorityId(), a.familyId(), a.id(), DemoText.goal(rnd, kind), set,
                set.plusDays(28), a.practitionerUserId(), a.practitionerName(), at(set));
        persist(goal);
        em.flush();
        LocalDate review = set.plusDays(28);
        int reviews = 0;
        // reviews up to about today; some left a little overdue, as in any team
        while (!review.isAfter(today.minusDays(rnd.nextInt(10))) && goal.open()) {
            reviews++;
            boolean achieved = !struggling && reviews >= 4 && rnd.nextDouble() < 0.3;
            Progress progress = achieved ? Progress.ACHIEVED : struggling
                    ? (rnd.nextBoolean() ? Progress.NO_CHANGE : Progress.WORSE)
                    : (reviews == 1 ? Progress.SOME : rnd.nextDouble() < 0.6 ? Progress.GOOD : Progress.SOME);
            LocalDate next = review.plusDays(28);
            GoalReview r = new GoalReview(goal.id(), review, progress, String.format(
                    DemoText.review(rnd, !struggling).replace("%s", "%1$s"), first), achieved ? null : next,
                    a.practitionerUserId(), a.practitionerName(), at(review));
            persist(r);
            goal.reviewed(r, false);
            review = next;
        }
    }

    private static SessionType pickType(Random rnd) {
        double roll = rnd.nextDouble();
        return roll < 0.55 ? SessionType.HOME_VISIT : roll < 0.7 ? SessionType.JOINT_VISIT
                : roll < 0.85 ? SessionType.OFFICE : roll < 0.95 ? SessionType.PHONE : SessionType.VIDEO;
    }

    /** The social worker's chapter, each working practitioner's, and the last three months' summaries. */
    private void workbook(Team team, Family family, Map<Discipline, List<ToxicTrioFactor>> needs,
                          Map<Discipline, Practitioner> working, Random rnd) {
        LocalDate written = min(today, family.caseOpened().plusDays(45));
        persist(WorkbookEntry.chapter(team.authorityId(), family.id(), WorkbookRole.SOCIAL_WORKER,
                DemoText.chapter(rnd, null, family.name(), null), family.leadWorkerId(), family.leadWorkerName(),
                at(written)));
        Set<Discipline> disciplines = EnumSet.noneOf(Discipline.class);
        disciplines.addAll(working.keySet());
        for (Discipline discipline : disciplines) {
            Practitioner p = working.get(discipline);
            String adult = DemoText.first(needs.get(discipline).get(0).adultName());
            persist(WorkbookEntry.chapter(team.authorityId(), family.id(), WorkbookRole.valueOf(discipline.name()),
                    DemoText.chapter(rnd, discipline, family.name(), adult), p.userId(), p.name(),
                    at(min(today, needs.get(discipline).get(0).identifiedOn().plusDays(30)))));
        }
        for (int back = 3; back >= 1; back--) {
            LocalDate month = YearMonth.from(today).minusMonths(back).atDay(1);
            if (month.isBefore(family.caseOpened())) {
                continue;
            }
            String label = Text.month(month);
            LocalDate end = YearMonth.from(month).atEndOfMonth();
            persist(WorkbookEntry.summary(team.authorityId(), family.id(), WorkbookRole.SOCIAL_WORKER, month,
                    DemoText.summary(rnd, null, family.name(), label), family.leadWorkerId(), family.leadWorkerName(),
                    at(end)));
            for (Discipline discipline : disciplines) {
                Practitioner p = working.get(discipline);
                persist(WorkbookEntry.summary(team.authorityId(), family.id(), WorkbookRole.valueOf(discipline.name()),
                        month, DemoText.summary(rnd, discipline, family.name(), label), p.userId(), p.name(), at(end)));
            }
        }
    }

    private void persist(Object entity) {
        em.persist(entity);
        rows++;
    }

    /** Recorded late afternoon on the day, never after now. */
    private LocalDateTime at(LocalDate day) {
        LocalDateTime at = day.atTime(16, 30);
        return at.isAfter(nowUtc) ? nowUtc : at;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
