package org.safeguard.fostering.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.safeguard.fostering.model.Approval;
import org.safeguard.fostering.model.Deregistration;

/**
 * A household's approvals (each change of terms a row from its date) and de-registrations read as
 * one timeline. On any date the latest event decides: an approval row means approved on those
 * terms, a de-registration means not approved. An approval after a de-registration starts a new
 * approval, from which annual reviews and the training standards count again.
 */
public final class ApprovalHistory {

    /** One event of the timeline: exactly one of the two is set. */
    private record Event(LocalDate on, Approval approval, Deregistration deregistration) {}

    private final List<Event> events = new ArrayList<>();

    public ApprovalHistory(List<Approval> approvals, List<Deregistration> deregistrations) {
        approvals.forEach(a -> events.add(new Event(a.approvedOn(), a, null)));
        deregistrations.forEach(d -> events.add(new Event(d.deregisteredOn(), null, d)));
        // a de-registration on the day terms changed ends them: it sorts after approvals of that day
        events.sort(Comparator.comparing(Event::on).thenComparing(e -> e.deregistration() != null));
    }

    /** The approval in force on {@code date}; empty before the first approval and after a de-registration. */
    public Optional<Approval> inForceOn(LocalDate date) {
        return latestOn(date).map(Event::approval);
    }

    /** The de-registration in force on {@code date}, if the household is de-registered then. */
    public Optional<Deregistration> deregisteredOn(LocalDate date) {
        return latestOn(date).map(Event::deregistration);
    }

    /** When the approval in force on {@code date} began: its first row after the last de-registration before it. */
    public Optional<LocalDate> approvedSince(LocalDate date) {
        if (inForceOn(date).isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = null;
        for (Event event : events) {
            if (event.on().isAfter(date)) {
                break;
            }
            if (event.deregistration() != null) {
                start = null;
            } else if (start == null) {
                start = event.on();
            }
        }
        return Optional.ofNullable(start);
    }

    /** Approvals and de-registrations, newest first, for the household page's history. */
    public List<Object> newestFirst() {
        List<Object> all = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            all.add(e.approval() != null ? e.approval() : e.deregistration());
        }
        return all;
    }

    private Optional<Event> latestOn(LocalDate date) {
        Event latest = null;
        for (Event event : events) {
            if (event.on().isAfter(date)) {
                break;
            }
            latest = event;
        }
        return Optional.ofNullable(latest);
    }
}
