package org.safeguard.caserecords.workload;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.safeguard.caserecords.api.WorkTrayItem;
import org.safeguard.caserecords.api.WorkingDays;

/**
 * What is overdue and what is due soon: the work tray's date rules and grouping, pure so every
 * rule is unit-tested with a fake calendar. The repository brings the team's open statutory tasks
 * (already narrowed in SQL to those due by the horizon); this class decides the section, the
 * statutory visit dates and the order.
 */
public final class WorkTray {

    /** How many items each section shows on the overview; the rest are a link away. */
    public static final int SHOWN_PER_SECTION = 10;

    /** A visit counts when the child was seen at home, at the office or at school. */
    static final List<String> VISIT_KINDS = List.of("HOME_VISIT", "OFFICE_VISIT", "SCHOOL_VISIT");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public enum Section {
        OVERDUE("overdue", "Due"),
        DUE_SOON("due-soon", "Due"),
        AWAITING_SIGN_OFF("sign-off", "Completed"),
        UNALLOCATED("unallocated", "Opened"),
        LONG_PLANS("long-plans", "Plan started");

        private final String param;
        private final String dateHeading;

        Section(String param, String dateHeading) {
            this.param = param;
            this.dateHeading = dateHeading;
        }

        public String param() {
            return param;
        }

        public String dateHeading() {
            return dateHeading;
        }

        static Optional<Section> fromParam(String value) {
            for (Section section : values()) {
                if (section.param.equals(value)) {
                    return Optional.of(section);
                }
            }
            return Optional.empty();
        }
    }

    /** A case as the task rows carry it: enough for the access rule and the link. */
    public record CaseRef(long caseId, long authorityId, long districtId, String childName, Long leadWorkerId,
                          Long coWorkerId) {}

    public enum TaskKind {
        ASSESSMENT("Assessment", "Single assessment"),
        INITIAL_CONFERENCE("Initial conference", "Initial child protection conference"),
        REVIEW_CONFERENCE("Review conference", "Child protection review conference");

        private final String kind;
        private final String description;

        TaskKind(String kind, String description) {
            this.kind = kind;
            this.description = description;
        }
    }

    /** A dated statutory task not yet done. */
    public record DueTask(CaseRef ref, TaskKind kind, LocalDate dueOn) {}

    /**
     * An open plan with the last visit the child was seen on (any date; null: never).
     *
     * @param kind CHILD_PROTECTION or CHILD_IN_NEED
     */
    public record OpenPlan(CaseRef ref, String kind, LocalDate startedOn, int visitIntervalDays, LocalDate lastVisit) {

        boolean childProtection() {
            return "CHILD_PROTECTION".equals(kind);
        }
    }

    /** An assessment completed and waiting for a manager's sign-off. */
    public record AwaitingSignOff(CaseRef ref, LocalDate completedOn) {}

    /** An item another module contributed, with the module it came from. */
    public record ModuleItem(String moduleId, WorkTrayItem item) {}

    /**
     * One line of the tray; public for the template engine.
     *
     * @param visible false for a case the user may not open: the line shows that work is due, not who it is about
     * @param when    the date in words: "3 days overdue", "In 2 working days"
     */
    public record Entry(Section section, String kind, String description, Long caseId, String childName,
                        boolean visible, LocalDate on, String when, String ownerName, String href) {}

    private final LocalDate today;
    private final LocalDate horizon;
    private final WorkingDays workingDays;

    /**
     * @param dueSoonWorkingDays the authority's "due soon" window: due within this many working days of today
     */
    public WorkTray(LocalDate today, WorkingDays workingDays, int dueSoonWorkingDays) {
        this.today = today;
        this.workingDays = workingDays;
        this.horizon = workingDays.plusWorkingDays(today, dueSoonWorkingDays);
    }

    public LocalDate today() {
        return today;
    }

    /** The last day counted as "due soon"; anything due later is not in the tray yet. */
    public LocalDate horizon() {
        return horizon;
    }

    /**
     * Next statutory visit: the interval after the last visit the child was seen on, or after the
     * plan started when they have not been seen since (a visit before the plan does not count for it).
     */
    public static LocalDate nextVisitDue(LocalDate planStartedOn, LocalDate lastVisit, int intervalDays) {
        LocalDate from = lastVisit != null && lastVisit.isAfter(planStartedOn) ? lastVisit : planStartedOn;
        return from.plusDays(intervalDays);
    }

    /** Open for more than 12 months: a plan started 5 March 2025 is flagged from 6 March 2026. */
    public boolean overTwelveMonths(LocalDate planStartedOn) {
        return planStartedOn.plusMonths(12).isBefore(today);
    }

    /** Overdue before today, due soon up to the horizon; empty when not due yet. No date: due soon. */
    public Optional<Section> sectionFor(LocalDate dueOn) {
        if (dueOn == null) {
            return Optional.of(Section.DUE_SOON);
        }
        if (dueOn.isBefore(today)) {
            return Optional.of(Section.OVERDUE);
        }
        return dueOn.isAfter(horizon) ? Optional.empty() : Optional.of(Section.DUE_SOON);
    }

    /**
     * Everything in its section, each section in date order (the oldest first), then by child.
     *
     * @param visible   the access rule: may the user open this case
     * @param ownerName a lead worker's name by id
     */
    public Map<Section, List<Entry>> sections(List<DueTask> tasks, List<OpenPlan> plans, List<AwaitingSignOff> signOffs,
                                              List<ModuleItem> moduleItems, Predicate<CaseRef> visible,
                                              Function<Long, String> ownerName) {
        Map<Section, List<Entry>> sections = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            sections.put(section, new ArrayList<>());
        }
        for (DueTask task : tasks) {
            sectionFor(task.dueOn()).ifPresent(section -> sections.get(section).add(entry(section, task.ref(),
                    task.kind().kind, task.kind().description + " due", task.dueOn(), "/cases/" + task.ref().caseId(),
                    visible, ownerName)));
        }
        for (OpenPlan plan : plans) {
            LocalDate due = nextVisitDue(plan.startedOn(), plan.lastVisit(), plan.visitIntervalDays());
            String last = plan.lastVisit() != null && plan.lastVisit().isAfter(plan.startedOn())
                    ? "last seen " + SHOWN.format(plan.lastVisit()) : "not seen since the plan started";
            sectionFor(due).ifPresent(section -> sections.get(section).add(entry(section, plan.ref(),
                    plan.childProtection() ? "CP visit" : "CIN visit",
                    (plan.childProtection() ? "Child protection" : "Child in need") + " visit due (" + last + ")",
                    due, "/cases/" + plan.ref().caseId() + "/notes/new", visible, ownerName)));
            if (overTwelveMonths(plan.startedOn())) {
                long months = ChronoUnit.MONTHS.between(plan.startedOn(), today);
                sections.get(Section.LONG_PLANS).add(entry(Section.LONG_PLANS, plan.ref(), "Plan over 12 months",
                        (plan.childProtection() ? "Child protection" : "Child in need") + " plan open " + months
                                + " months", plan.startedOn(), "/cases/" + plan.ref().caseId(), visible, ownerName));
            }
        }
        for (AwaitingSignOff waiting : signOffs) {
            sections.get(Section.AWAITING_SIGN_OFF).add(entry(Section.AWAITING_SIGN_OFF, waiting.ref(), "Sign-off",
                    "Assessment completed, waiting for sign-off", waiting.completedOn(),
                    "/cases/" + waiting.ref().caseId(), visible, ownerName));
        }
        for (ModuleItem contributed : moduleItems) {
            WorkTrayItem item = contributed.item();
            sectionFor(item.dueOn()).ifPresent(section -> sections.get(section).add(new Entry(section, item.kind(),
                    item.description(), item.caseId(), item.childName(), true, item.dueOn(), when(section, item.dueOn()),
                    item.ownerName() != null ? item.ownerName() : "Unallocated", item.href())));
        }
        Comparator<Entry> order = Comparator.comparing(Entry::on, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::childName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::caseId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::kind, Comparator.nullsLast(Comparator.naturalOrder()));
        sections.values().forEach(list -> list.sort(order));
        return sections;
    }

    private Entry entry(Section section, CaseRef ref, String kind, String description, LocalDate date, String href,
                        Predicate<CaseRef> visible, Function<Long, String> ownerName) {
        boolean canSee = visible.test(ref);
        String owner = ref.leadWorkerId() == null ? "Unallocated" : ownerName.apply(ref.leadWorkerId());
        return new Entry(section, kind, description, ref.caseId(), canSee ? ref.childName() : null, canSee, date,
                when(section, date), owner, canSee ? href : null);
    }

    /** The date in words for the "when" column. */
    String when(Section section, LocalDate date) {
        if (date == null) {
            return "";
        }
        switch (section) {
            case OVERDUE -> {
                long days = ChronoUnit.DAYS.between(date, today);
                return days == 1 ? "1 day overdue" : days + " days overdue";
            }
            case DUE_SOON -> {
                if (!date.isAfter(today)) {
                    return "Due today";
                }
                int days = Math.max(1, workingDays.workingDaysBetween(today, date));
                return days == 1 ? "In 1 working day" : "In " + days + " working days";
            }
            case AWAITING_SIGN_OFF -> {
                long days = ChronoUnit.DAYS.between(date, today);
                return days <= 0 ? "Today" : days == 1 ? "1 day ago" : days + " days ago";
            }
            default -> {
                return "";
            }
        }
    }
}
