package org.safeguard.corporateparenting.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.corporateparenting.care.CareDue;
import org.safeguard.corporateparenting.model.CareSettings;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.rules.PlacementStability;
import org.safeguard.corporateparenting.web.CareLinks;

/**
 * The service's list of children in care with what is due, its filters and its counts. Pure over
 * {@link ServiceData}: "today" and the figures are parameters.
 */
public final class ChildrenInCareList {

    /** The list's filters: {@code ?show=}. */
    public enum Show {
        ALL("all", "All children in care"),
        OVERDUE("overdue", "Anything overdue"),
        REVIEW("review", "Review overdue"),
        HEALTH("health", "Health assessment or dental check overdue"),
        PEP("pep", "Personal education plan overdue"),
        VISIT("visit", "Visit overdue"),
        UNSTABLE("unstable", "3 or more placements in 12 months"),
        UASC("uasc", "Unaccompanied asylum-seeking children"),
        EIGHTEEN("eighteen", "Turned 18: leaving care to record");

        private final String param;
        private final String label;

        Show(String param, String label) {
            this.param = param;
            this.label = label;
        }

        public String param() {
            return param;
        }

        public String label() {
            return label;
        }

        public static Show of(String param) {
            for (Show s : values()) {
                if (s.param.equals(param)) {
                    return s;
                }
            }
            return ALL;
        }
    }

    /** One line of the list; public for the template. */
    public record Row(long caseId, String href, String name, int age, LocalDate inCareSince, String legalStatus,
                      String placement, String holder, boolean uasc, boolean unstable, int placementsInYear,
                      String nextWhat, LocalDate nextDue, String nextTagClass, String nextStatus, List<String> overdue) {}

    /** A child with their due items worked out, kept until the filter and the page are chosen. */
    record Entry(ServiceData.Child child, List<CareDue.Item> due, int placementsInYear) {

        boolean overdue(Set<CareDue.Kind> kinds) {
            return due.stream().anyMatch(i -> i.overdue() && kinds.contains(i.kind()));
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final ServiceData data;

    public ChildrenInCareList(ServiceData data, CareSettings settings, WorkingDays workingDays, LocalDate today) {
        this.data = data;
        for (ServiceData.Child c : data.children()) {
            entries.add(new Entry(c, CareDue.of(c.record(), c.lastVisit(), settings, workingDays, today),
                    PlacementStability.placementsInYear(c.stays(), today)));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.child().childCase().childName())
                .thenComparing(e -> e.child().childCase().id()));
    }

    /** The rows of one filter, optionally only children held by {@code ownTeams}. */
    public List<Row> rows(Show show, Set<Long> ownTeams, LocalDate today) {
        Predicate<Entry> filter = filter(show);
        List<Row> rows = new ArrayList<>();
        for (Entry e : entries) {
            if (filter.test(e) && (ownTeams == null || ownTeams.contains(data.holderTeam(e.child())))) {
                rows.add(row(e, today));
            }
        }
        return rows;
    }

    /** How many children each filter shows (for the filter links and the summary). */
    public Map<Show, Integer> counts(Set<Long> ownTeams) {
        Map<Show, Integer> counts = new LinkedHashMap<>();
        for (Show s : Show.values()) {
            Predicate<Entry> filter = filter(s);
            counts.put(s, (int) entries.stream()
                    .filter(e -> ownTeams == null || ownTeams.contains(data.holderTeam(e.child())))
                    .filter(filter).count());
        }
        return counts;
    }

    static Predicate<Entry> filter(Show show) {
        return switch (show) {
            case ALL -> e -> true;
            case OVERDUE -> e -> e.due().stream().anyMatch(CareDue.Item::overdue);
            case REVIEW -> e -> e.overdue(EnumSet.of(CareDue.Kind.REVIEW));
            case HEALTH -> e -> e.overdue(EnumSet.of(CareDue.Kind.HEALTH, CareDue.Kind.DENTAL));
            case PEP -> e -> e.overdue(EnumSet.of(CareDue.Kind.PEP));
            case VISIT -> e -> e.overdue(EnumSet.of(CareDue.Kind.VISIT));
            case UNSTABLE -> e -> e.placementsInYear() >= PlacementStability.THRESHOLD;
            case UASC -> e -> e.child().record().episode().uasc();
            case EIGHTEEN -> e -> e.due().stream().anyMatch(i -> i.kind() == CareDue.Kind.LEAVING);
        };
    }

    private Row row(Entry e, LocalDate today) {
        ServiceData.Child c = e.child();
        CareDue.Item next = e.due().isEmpty() ? null : e.due().get(0);
        String placement = c.record().currentPlacement().map(Placement::type).map(t -> t.label()).orElse("No placement recorded");
        LocalDate born = c.childCase().childDateOfBirth() != null ? c.childCase().childDateOfBirth()
                : c.record().episode().dateOfBirth();
        return new Row(c.childCase().id(), CareLinks.tab(c.childCase().id()), c.childCase().childName(),
                Period.between(born, today).getYears(), c.record().episode().startedOn(),
                c.record().currentStatus().map(s -> s.status().label()).orElse(""), placement, data.holder(c),
                c.record().episode().uasc(), e.placementsInYear() >= PlacementStability.THRESHOLD, e.placementsInYear(),
                next == null ? "" : next.what(), next == null ? null : next.dueOn(), next == null ? "" : next.tagClass(),
                next == null ? "" : next.statusLabel(),
                e.due().stream().filter(CareDue.Item::overdue).map(i -> i.kind().label()).distinct().toList());
    }
}
