package org.safeguard.corporateparenting.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.corporateparenting.model.AlertConcern;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.CareReview;
import org.safeguard.corporateparenting.model.EducationPlan;
import org.safeguard.corporateparenting.model.HealthCheck;
import org.safeguard.corporateparenting.model.HealthCheckKind;
import org.safeguard.corporateparenting.model.HealthOutcome;
import org.safeguard.corporateparenting.model.HolderPeriod;
import org.safeguard.corporateparenting.model.IroAlert;
import org.safeguard.corporateparenting.model.LeavingReason;
import org.safeguard.corporateparenting.model.LegalStatus;
import org.safeguard.corporateparenting.model.LegalStatusPeriod;
import org.safeguard.corporateparenting.model.Participation;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.model.PlacementChangeReason;
import org.safeguard.corporateparenting.model.PlacementType;
import org.safeguard.corporateparenting.rules.ReviewSchedule;
import org.safeguard.corporateparenting.rules.SchoolAge;
import org.safeguard.corporateparenting.web.Staff;

/**
 * One demo child's period of care, drawn to look like the seeds' service: legal status (interim
 * care order then care order; section 20 for short stays and unaccompanied young people; placement
 * order before adoption), placements by age with the costs seed 001 quotes (independent fostering
 * about £1,000 a week, residential £3,800 to £4,450), a few children moving often, reviews on time
 * mostly, initial health assessments within 28 days about half the time (seed 001: "almost 50%"),
 * annual health assessments about 91% on time, PEPs termly, and now and then an IRO's case alert.
 * Pure: the Random decides everything; the rows are returned unsaved.
 */
final class CareStory {

    /** The rows of one period of care: persist the episode first, then give the rest its id. */
    record Rows(CareEpisode episode, List<LegalStatusPeriod> statuses, List<Placement> placements, List<CareReview> reviews,
                List<HealthCheck> health, List<EducationPlan> peps, List<IroAlert> alerts, List<HolderPeriod> holders) {}

    /** Who the child is and how their care goes; {@code leftOn} null while they are still in care. */
    record Child(long authorityId, long childId, long caseId, String name, LocalDate born, LocalDate cameIn,
                 LocalDate leftOn, LeavingReason reason, boolean uasc, boolean withCase, Staff.Member worker,
                 Staff.Member iro) {}

    static final String BY = "Demo county";

    private final Random rnd;
    private final WorkingDays workingDays;
    private final LocalDate today;
    private final LocalDateTime recordedAt;
    private long episodeId;

    CareStory(Random rnd, WorkingDays workingDays, LocalDate today) {
        this.rnd = rnd;
        this.workingDays = workingDays;
        this.today = today;
        this.recordedAt = today.atTime(9, 0);
    }

    /** The period of care; {@code save} persists the episode and returns its id, which the other rows carry. */
    Rows tell(Child c, java.util.function.ToLongFunction<CareEpisode> save) {
        LocalDate end = c.leftOn() == null ? today : c.leftOn();
        CareEpisode e = new CareEpisode(c.authorityId(), c.childId(), c.caseId(), c.name(), c.born(), c.cameIn(), c.uasc(),
                null, BY, recordedAt);
        if (c.leftOn() != null) {
            e.end(c.leftOn(), c.reason(), null);
        }
        if (c.iro() != null) {
            e.reviewedBy(c.iro().userId(), c.iro().name());
        }
        if (!c.withCase() && c.worker() != null) {
            e.holdBy(c.worker().teamId(), c.worker().userId());
        }
        episodeId = save.applyAsLong(e);
        List<HolderPeriod> holders = new ArrayList<>();
        if (!c.withCase() && c.worker() != null) {
            HolderPeriod h = new HolderPeriod(episodeId, c.worker().teamId(), c.worker().teamName(), c.worker().userId(),
                    c.worker().name(), c.cameIn(), BY, recordedAt);
            if (c.leftOn() != null) {
                h.end(c.leftOn());
            }
            holders.add(h);
        }
        return new Rows(e, statuses(c, end), placements(c, end), reviews(c, end), health(c, end), peps(c, end),
                alerts(c), holders);
    }

    private List<LegalStatusPeriod> statuses(Child c, LocalDate end) {
        List<LegalStatusPeriod> rows = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(c.cameIn(), end);
        if (c.uasc() || (days < 150 && c.reason() == LeavingReason.RETURN_HOME) || rnd.nextDouble() < 0.12) {
            rows.add(status(LegalStatus.SECTION_20, c.cameIn()));
        } else {
            LocalDate from = c.cameIn();
            if (rnd.nextDouble() < 0.15) {
                rows.add(status(LegalStatus.POLICE_PROTECTION, from));
                from = from.plusDays(1 + rnd.nextInt(3));
            }
            rows.add(status(LegalStatus.INTERIM_CARE_ORDER, from));
            LocalDate order = from.plusDays(150 + rnd.nextInt(120));
            if (order.isBefore(end)) {
                boolean adoption = c.reason() == LeavingReason.ADOPTION;
                rows.add(status(adoption ? LegalStatus.PLACEMENT_ORDER : LegalStatus.CARE_ORDER, order));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            LocalDate to = i + 1 < rows.size() ? rows.get(i + 1).fromDate() : c.leftOn();
            if (to != null) {
                rows.get(i).end(to);
            }
        }
        return rows;
    }

    private LegalStatusPeriod status(LegalStatus status, LocalDate from) {
        return new LegalStatusPeriod(episodeId, status, from, BY, recordedAt);
    }

    private List<Placement> placements(Child c, LocalDate end) {
        List<Placement> rows = new ArrayList<>();
        boolean unsettled = rnd.nextDouble() < (age(c.born(), c.cameIn()) >= 11 ? 0.45 : 0.15);
        double movesPerYear = unsettled ? 3.2 : 0.3;
        LocalDate from = c.cameIn();
        boolean adoption = c.reason() == LeavingReason.ADOPTION;
        LocalDate adoptiveFrom = adoption ? end.minusDays(120 + rnd.nextInt(200)) : null;
        while (true) {
            int ageNow = age(c.born(), from);
            PlacementType type = adoption && !from.isBefore(adoptiveFrom) ? PlacementType.PLACED_FOR_ADOPTION
                    : type(ageNow, c.uasc());
            LocalDate next = from.plusDays((long) (-Math.log(1 - rnd.nextDouble()) * 365 / movesPerYear) + 7);
            if (adoption && from.isBefore(adoptiveFrom) && next.isAfter(adoptiveFrom)) {
                next = adoptiveFrom;
            }
            boolean longTerm = (type == PlacementType.IN_HOUSE_FOSTER || type == PlacementType.INDEPENDENT_FOSTERING_AGENCY)
                    && ageNow < 15 && from.isAfter(c.cameIn().plusMonths(6)) && rnd.nextDouble() < 0.6;
            Placement p = new Placement(episodeId, c.authorityId(), type, provider(type), carer(type), null, from, longTerm,
                    weeklyCost(type, from), BY, recordedAt);
            rows.add(p);
            if (!next.isBefore(end)) {
                if (c.leftOn() != null) {
                    p.end(c.leftOn(), PlacementChangeReason.LEFT_CARE);
                }
                return rows;
            }
            p.end(next, type == PlacementType.PLACED_FOR_ADOPTION || (adoption && next.equals(adoptiveFrom))
                    ? PlacementChangeReason.CARE_PLAN : changeReason(unsettled));
            from = next;
        }
    }

    private PlacementType type(int age, boolean uasc) {
        double u = rnd.nextDouble();
        if (uasc) {
            return age >= 16 ? (u < 0.7 ? PlacementType.SUPPORTED_ACCOMMODATION : PlacementType.INDEPENDENT_FOSTERING_AGENCY)
                    : u < 0.5 ? PlacementType.IN_HOUSE_FOSTER : PlacementType.INDEPENDENT_FOSTERING_AGENCY;
        }
        if (age < 10) {
            return u < 0.55 ? PlacementType.IN_HOUSE_FOSTER : u < 0.82 ? PlacementType.INDEPENDENT_FOSTERING_AGENCY
                    : PlacementType.KINSHIP;
        }
        if (age < 16) {
            return u < 0.35 ? PlacementType.IN_HOUSE_FOSTER : u < 0.68 ? PlacementType.INDEPENDENT_FOSTERING_AGENCY
                    : u < 0.9 ? PlacementType.RESIDENTIAL : PlacementType.KINSHIP;
        }
        return u < 0.2 ? PlacementType.IN_HOUSE_FOSTER : u < 0.45 ? PlacementType.INDEPENDENT_FOSTERING_AGENCY
                : u < 0.6 ? PlacementType.RESIDENTIAL : PlacementType.SUPPORTED_ACCOMMODATION;
    }

    /** Pence a week; residential placements made since January 2021 cost more (seed 001). */
    private long weeklyCost(PlacementType type, LocalDate from) {
        return switch (type) {
            case IN_HOUSE_FOSTER -> 28_000 + rnd.nextInt(17_000);
            case INDEPENDENT_FOSTERING_AGENCY -> 90_000 + rnd.nextInt(20_000);
            case KINSHIP -> 18_000 + rnd.nextInt(12_000);
            case RESIDENTIAL -> from.isBefore(LocalDate.of(2021, 1, 1)) ? 340_000 + rnd.nextInt(80_000)
                    : 400_000 + rnd.nextInt(90_000);
            case SUPPORTED_ACCOMMODATION -> 80_000 + rnd.nextInt(100_000);
            case PLACED_FOR_ADOPTION, PLACED_WITH_PARENTS -> 0;
        };
    }

    private String provider(PlacementType type) {
        return switch (type) {
            case IN_HOUSE_FOSTER, KINSHIP, PLACED_FOR_ADOPTION, PLACED_WITH_PARENTS -> "The council";
            case INDEPENDENT_FOSTERING_AGENCY -> pick(DemoCareText.AGENCIES);
            case RESIDENTIAL -> pick(DemoCareText.HOMES);
            case SUPPORTED_ACCOMMODATION -> pick(DemoCareText.SUPPORTED);
        };
    }

    private String carer(PlacementType type) {
        return switch (type) {
            case IN_HOUSE_FOSTER, INDEPENDENT_FOSTERING_AGENCY, KINSHIP -> pick(DemoCareText.CARERS);
            case PLACED_FOR_ADOPTION -> pick(DemoCareText.ADOPTERS);
            default -> null;
        };
    }

    private PlacementChangeReason changeReason(boolean unsettled) {
        double u = rnd.nextDouble();
        if (unsettled) {
            return u < 0.45 ? PlacementChangeReason.CARER_REQUEST_BEHAVIOUR : u < 0.65 ? PlacementChangeReason.CHILD_REQUEST
                    : u < 0.8 ? PlacementChangeReason.STANDARDS : PlacementChangeReason.AUTHORITY_REQUEST;
        }
        return u < 0.6 ? PlacementChangeReason.CARE_PLAN : u < 0.8 ? PlacementChangeReason.CARER_REQUEST_OTHER
                : PlacementChangeReason.PROVIDER_CLOSED;
    }

    private List<CareReview> reviews(Child c, LocalDate end) {
        List<CareReview> rows = new ArrayList<>();
        List<LocalDate> held = new ArrayList<>();
        while (true) {
            LocalDate due = ReviewSchedule.nextDue(c.cameIn(), held, workingDays);
            LocalDate on = rnd.nextDouble() < 0.9 ? due.minusDays(rnd.nextInt(6)) : due.plusDays(4 + rnd.nextInt(35));
            if (on.isBefore(c.cameIn())) {
                on = c.cameIn();
            }
            if (!on.isBefore(end) || on.isAfter(today.minusDays(1))) {
                break;
            }
            held.add(on);
            int age = age(c.born(), on);
            rows.add(new CareReview(episodeId, on, c.iro() == null ? 0 : c.iro().userId(), c.iro() == null ? "Reviewing officer"
                    : c.iro().name(), age < 4 ? Participation.PN0 : participation(), null, BY, recordedAt));
        }
        // now and then the latest review slipped: it is overdue today
        if (c.leftOn() == null && !rows.isEmpty() && rows.get(rows.size() - 1).heldOn().isAfter(today.minusDays(60))
                && rnd.nextDouble() < 0.18) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    private Participation participation() {
        double u = rnd.nextDouble();
        return u < 0.55 ? Participation.PN1 : u < 0.65 ? Participation.PN2 : u < 0.7 ? Participation.PN3
                : u < 0.82 ? Participation.PN5 : u < 0.94 ? Participation.PN6 : Participation.PN7;
    }

    private List<HealthCheck> health(Child c, LocalDate end) {
        List<HealthCheck> rows = new ArrayList<>();
        LocalDate iha = rnd.nextDouble() < 0.5 ? c.cameIn().plusDays(10 + rnd.nextInt(18)) : c.cameIn().plusDays(30 + rnd.nextInt(45));
        if (!iha.isBefore(end) || iha.isAfter(today.minusDays(1))) {
            return rows;
        }
        rows.add(check(HealthCheckKind.INITIAL_HEALTH, iha, HealthOutcome.COMPLETED));
        LocalDate last = iha;
        while (true) {
            int months = age(c.born(), last) < 5 ? 6 : 12;
            LocalDate due = last.plusMonths(months);
            LocalDate on = rnd.nextDouble() < 0.915 ? due.minusDays(rnd.nextInt(30)) : due.plusDays(10 + rnd.nextInt(60));
            if (!on.isBefore(end) || on.isAfter(today.minusDays(1))) {
                break;
            }
            boolean declines = age(c.born(), on) >= 16 && rnd.nextDouble() < 0.2;
            rows.add(check(HealthCheckKind.REVIEW_HEALTH, on, declines ? HealthOutcome.DECLINED : HealthOutcome.COMPLETED));
            last = on;
        }
        LocalDate dental = c.cameIn();
        while (true) {
            LocalDate on = dental.plusMonths(12).plusDays(rnd.nextDouble() < 0.8 ? -rnd.nextInt(60) : 15 + rnd.nextInt(90));
            if (!on.isBefore(end) || on.isAfter(today.minusDays(1))) {
                break;
            }
            rows.add(check(HealthCheckKind.DENTAL, on, HealthOutcome.COMPLETED));
            dental = on;
        }
        return rows;
    }

    private HealthCheck check(HealthCheckKind kind, LocalDate on, HealthOutcome outcome) {
        return new HealthCheck(episodeId, kind, on, outcome, BY, recordedAt);
    }

    private List<EducationPlan> peps(Child c, LocalDate end) {
        List<EducationPlan> rows = new ArrayList<>();
        LocalDate start = SchoolAge.startsOn(c.born());
        LocalDate stop = SchoolAge.endsOn(c.born());
        LocalDate on = workingDays.plusWorkingDays(start.isAfter(c.cameIn()) ? start : c.cameIn(), 5 + rnd.nextInt(18));
        String school = pick(DemoCareText.SCHOOLS);
        while (on.isBefore(end) && !on.isAfter(stop) && !on.isAfter(today.minusDays(1))) {
            rows.add(new EducationPlan(episodeId, on, school, BY, recordedAt));
            on = on.plusMonths(4).plusDays(rnd.nextDouble() < 0.93 ? -rnd.nextInt(20) : 10 + rnd.nextInt(40));
        }
        return rows;
    }

    private List<IroAlert> alerts(Child c) {
        List<IroAlert> rows = new ArrayList<>();
        if (c.iro() == null) {
            return rows;
        }
        if (c.leftOn() == null && rnd.nextDouble() < 0.08) {
            LocalDate raised = today.minusDays(3 + rnd.nextInt(30));
            IroAlert a = alert(c, raised);
            if (rnd.nextDouble() < 0.4) {
                a.respond(pick(DemoCareText.RESPONSES), raised.plusDays(2 + rnd.nextInt(8)), "Team manager");
            }
            rows.add(a);
        }
        if (rnd.nextDouble() < 0.1) {
            LocalDate end = c.leftOn() == null ? today : c.leftOn();
            long span = ChronoUnit.DAYS.between(c.cameIn(), end);
            if (span > 120) {
                LocalDate raised = c.cameIn().plusDays(60 + rnd.nextInt((int) span - 90));
                IroAlert a = alert(c, raised);
                a.respond(pick(DemoCareText.RESPONSES), raised.plusDays(3 + rnd.nextInt(7)), "Team manager");
                a.resolve(pick(DemoCareText.RESOLUTIONS), raised.plusDays(15 + rnd.nextInt(30)), c.iro().name());
                rows.add(a);
            }
        }
        return rows;
    }

    private IroAlert alert(Child c, LocalDate raised) {
        AlertConcern concern = pick(List.of(AlertConcern.PERMANENCE_DRIFT, AlertConcern.PERMANENCE_DRIFT,
                AlertConcern.CARE_PLAN_ACTIONS, AlertConcern.PLACEMENT_STABILITY, AlertConcern.VISITS, AlertConcern.HEALTH,
                AlertConcern.EDUCATION, AlertConcern.FAMILY_TIME));
        return new IroAlert(episodeId, c.authorityId(), concern, DemoCareText.ALERTS.get(concern), raised, c.iro().userId(),
                c.iro().name(), workingDays.plusWorkingDays(raised, 10));
    }

    private <T> T pick(List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

    static int age(LocalDate born, LocalDate on) {
        return Period.between(born, on).getYears();
    }
}
