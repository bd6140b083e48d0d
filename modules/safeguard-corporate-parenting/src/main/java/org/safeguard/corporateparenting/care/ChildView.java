package org.safeguard.corporateparenting.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.CareSettings;
import org.safeguard.corporateparenting.model.IroAlert;
import org.safeguard.corporateparenting.model.LeavingReason;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.rules.Money;
import org.safeguard.corporateparenting.rules.PlacementStability;
import org.safeguard.corporateparenting.rules.Timescale;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.corporateparenting.web.Staff;
import org.safeguard.platform.api.security.CurrentUser;

/** The child-in-care tab's model: the current period of care, what is due, the histories, earlier periods. */
public final class ChildView {

    public record StatusRow(String status, LocalDate from, LocalDate to) {}

    public record PlacementRow(String type, String provider, String carer, LocalDate from, LocalDate to, String reason,
                               String weeklyCost, boolean longTerm) {}

    public record ReviewRow(LocalDate heldOn, String chair, String participation, String recommendations) {}

    public record HealthRow(String kind, LocalDate on, String outcome) {}

    public record PepRow(LocalDate on, String setting) {}

    public record HolderRow(String team, String worker, LocalDate from, LocalDate to) {}

    public record AlertRow(long id, String concern, String details, LocalDate raisedOn, String raisedBy, LocalDate respondBy,
                           boolean overdue, String response, LocalDate respondedOn, String respondedBy, boolean open,
                           String resolution, LocalDate resolvedOn, String resolvedBy, String respondHref, String resolveHref) {}

    public record DueRow(String kind, String what, LocalDate dueOn, String statusLabel, String tagClass, String words,
                         String actionHref, String actionLabel) {}

    public record PeriodRow(LocalDate from, LocalDate to, String reason, long days) {}

    /** Who holds the child: the team (and worker) from this module, or those of the child's case. */
    public record HolderView(String team, String worker, boolean withCase) {}

    private ChildView() {
    }

    public static HolderView holder(CareEpisode episode, ChildCase childCase, Staff staff) {
        if (episode.holderTeamId() == null) {
            return new HolderView(staff.teamName(childCase.teamId()).orElse("Not allocated"),
                    staff.name(childCase.leadWorkerId()).orElse(null), true);
        }
        return new HolderView(staff.teamName(episode.holderTeamId()).orElse("Team " + episode.holderTeamId()),
                staff.name(episode.holderWorkerId()).orElse(null), false);
    }

    public static Map<String, Object> model(ChildRecord child, ChildCase childCase, LocalDate lastVisit,
                                            CareSettings settings, WorkingDays workingDays, LocalDate today,
                                            CurrentUser user, Staff staff) {
        Map<String, Object> model = new HashMap<>();
        Optional<EpisodeRecord> current = child.current();
        model.put("inCare", current.isPresent());
        model.put("caseOpen", childCase.open());
        model.put("canStart", EpisodeForms.canStart(childCase, child, today) && user.hasPermission(CorporateParentingModule.RECORD));
        model.put("closedOn", childCase.closedOn() == null ? "" : childCase.closedOn());
        model.put("startHref", CareLinks.onCase(childCase.id(), "start"));
        model.put("canRecord", user.hasPermission(CorporateParentingModule.RECORD));
        model.put("canAllocate", user.hasPermission(CorporateParentingModule.ALLOCATE));
        model.put("canReview", user.hasPermission(CorporateParentingModule.REVIEW));
        model.put("visitHref", CareLinks.recordVisit(childCase.id()));
        current.ifPresent(r -> model.put("current", current(r, child, childCase, lastVisit, settings, workingDays, today,
                user, staff)));
        List<PeriodRow> previous = new ArrayList<>();
        for (EpisodeRecord r : child.episodes()) {
            CareEpisode e = r.episode();
            if (!e.open()) {
                previous.add(new PeriodRow(e.startedOn(), e.endedOn(), reason(e), ChronoUnit.DAYS.between(e.startedOn(), e.endedOn())));
            }
        }
        model.put("previous", previous);
        return model;
    }

    private static Map<String, Object> current(EpisodeRecord r, ChildRecord child, ChildCase childCase, LocalDate lastVisit,
                                               CareSettings settings, WorkingDays workingDays, LocalDate today,
                                               CurrentUser user, Staff staff) {
        CareEpisode e = r.episode();
        long caseId = childCase.id();
        Map<String, Object> m = new HashMap<>();
        m.put("startedOn", e.startedOn());
        m.put("days", ChronoUnit.DAYS.between(e.startedOn(), today));
        m.put("uasc", e.uasc());
        m.put("version", e.version());
        r.currentStatus().ifPresent(s -> {
            m.put("legalStatus", s.status().label());
            m.put("legalStatusSince", s.fromDate());
        });
        HolderView holder = holder(e, childCase, staff);
        m.put("holder", holder);
        m.put("iro", e.iroName() == null ? "" : e.iroName());
        r.currentPlacement().ifPresent(p -> m.put("placement", row(p)));
        List<PlacementStability.Stay> stays = child.stays();
        int inYear = PlacementStability.placementsInYear(stays, today);
        m.put("placementsInYear", inYear);
        m.put("movesInYear", PlacementStability.movesInYear(stays, today));
        m.put("unstable", inYear >= PlacementStability.THRESHOLD);
        m.put("lastVisit", lastVisit == null ? "" : lastVisit);
        List<DueRow> due = new ArrayList<>();
        for (CareDue.Item item : CareDue.of(r, lastVisit, settings, workingDays, today)) {
            due.add(dueRow(item, caseId, user));
        }
        m.put("due", due);
        List<AlertRow> alerts = new ArrayList<>();
        for (IroAlert a : r.alerts()) {
            alerts.add(alertRow(a, today, user));
        }
        m.put("alerts", newestFirst(alerts));
        m.put("openAlerts", r.openAlerts());
        m.put("statuses", newestFirst(r.statuses().stream().map(s -> new StatusRow(s.status().label(), s.fromDate(), s.toDate()))
                .toList()));
        m.put("placements", newestFirst(r.placements().stream().map(ChildView::row).toList()));
        m.put("reviews", newestFirst(r.reviews().stream().map(v -> new ReviewRow(v.heldOn(), v.chairName(), v.participation().label(),
                v.recommendations() == null ? "" : v.recommendations())).toList()));
        m.put("health", newestFirst(r.health().stream().map(h -> new HealthRow(h.kind().label(), h.doneOn(), h.outcome().label()))
                .toList()));
        m.put("peps", newestFirst(r.peps().stream().map(p -> new PepRow(p.heldOn(), p.settingName() == null ? "" : p.settingName()))
                .toList()));
        m.put("holders", newestFirst(r.holders().stream().map(h -> new HolderRow(h.teamName(), h.workerName() == null ? "" : h.workerName(),
                h.fromDate(), h.toDate())).toList()));
        m.put("statusHref", CareLinks.onCase(caseId, "legal-status"));
        m.put("placementHref", CareLinks.onCase(caseId, "placements/new"));
        m.put("holderHref", CareLinks.onCase(caseId, "holder"));
        m.put("uascHref", CareLinks.onCase(caseId, "uasc"));
        m.put("reviewHref", CareLinks.onCase(caseId, "reviews/new"));
        m.put("alertHref", CareLinks.onCase(caseId, "alerts/new"));
        m.put("healthHref", CareLinks.onCase(caseId, "health/new"));
        m.put("pepHref", CareLinks.onCase(caseId, "pep/new"));
        m.put("leaveHref", CareLinks.onCase(caseId, "leave"));
        return m;
    }

    static PlacementRow row(Placement p) {
        return new PlacementRow(p.type().label(), p.provider(), p.carerName() == null ? "" : p.carerName(), p.startedOn(),
                p.endedOn(), p.changeReason() == null ? "" : p.changeReason().label(), Money.format(p.weeklyCostPence()),
                p.longTerm());
    }

    private static DueRow dueRow(CareDue.Item item, long caseId, CurrentUser user) {
        String href = null;
        String label = null;
        switch (item.kind()) {
            case REVIEW -> {
                if (user.hasPermission(CorporateParentingModule.REVIEW)) {
                    href = CareLinks.onCase(caseId, "reviews/new");
                    label = "Record a review";
                }
            }
            case HEALTH, DENTAL -> {
                if (user.hasPermission(CorporateParentingModule.RECORD)) {
                    href = CareLinks.onCase(caseId, "health/new");
                    label = "Record a health check";
                }
            }
            case PEP -> {
                if (user.hasPermission(CorporateParentingModule.RECORD)) {
                    href = CareLinks.onCase(caseId, "pep/new");
                    label = "Record a personal education plan";
                }
            }
            case VISIT -> {
                href = CareLinks.recordVisit(caseId);
                label = "Record a visit";
            }
            case LEAVING -> {
                if (user.hasPermission(CorporateParentingModule.RECORD)) {
                    href = CareLinks.onCase(caseId, "leave");
                    label = "Record leaving care";
                }
            }
            default -> { }
        }
        return new DueRow(item.kind().label(), item.what(), item.dueOn(), item.statusLabel(), item.tagClass(), item.words(),
                href == null ? "" : href, label == null ? "" : label);
    }

    private static AlertRow alertRow(IroAlert a, LocalDate today, CurrentUser user) {
        boolean open = a.open();
        boolean mayRespond = open && a.response() == null && user.hasPermission(CorporateParentingModule.RESPOND);
        boolean mayResolve = open && user.hasPermission(CorporateParentingModule.REVIEW);
        return new AlertRow(a.id(), a.concern().label(), a.details(), a.raisedOn(), a.raisedByName(), a.respondBy(),
                open && a.response() == null && Timescale.of(a.respondBy(), today) == Timescale.OVERDUE,
                a.response() == null ? "" : a.response(), a.respondedOn(), a.respondedByName() == null ? "" : a.respondedByName(),
                open, a.resolution() == null ? "" : a.resolution(), a.resolvedOn(),
                a.resolvedByName() == null ? "" : a.resolvedByName(),
                mayRespond ? CareLinks.alert(a.id(), "respond") : "", mayResolve ? CareLinks.alert(a.id(), "resolve") : "");
    }

    /** The histories are kept oldest first; the tab shows the newest first. */
    static <T> List<T> newestFirst(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        java.util.Collections.reverse(copy);
        return copy;
    }

    static String reason(CareEpisode e) {
        LeavingReason reason = e.endReason();
        if (reason == null) {
            return "";
        }
        return reason == LeavingReason.OTHER && e.endDetail() != null ? "Other: " + e.endDetail() : reason.label();
    }
}
