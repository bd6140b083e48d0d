package org.safeguard.reflection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.SessionStatus;

/**
 * A session as the calendar lists it; public for the template engine.
 *
 * @param families "12 families" on the agenda, or "9 of 12 families discussed" once it has been held
 */
public record SessionRow(long id, String href, String when, String facilitator, String families, String statusLabel,
                         String tagClass) {

    static List<SessionRow> of(List<ReflectionSession> sessions, Map<Long, Long> agendaSizes,
                               Map<Long, Long> discussed, LocalDate today) {
        List<SessionRow> rows = new ArrayList<>();
        for (ReflectionSession s : sessions) {
            long onAgenda = agendaSizes.getOrDefault(s.id(), 0L);
            long held = discussed.getOrDefault(s.id(), 0L);
            String families = s.status() == SessionStatus.CLOSED || held > 0
                    ? held + " of " + Words.families(onAgenda) + " discussed" : Words.families(onAgenda);
            rows.add(new SessionRow(s.id(), "/reflection/sessions/" + s.id(), Words.when(s), s.facilitatorName(),
                    families, status(s, today), tag(s, today)));
        }
        return rows;
    }

    static String status(ReflectionSession s, LocalDate today) {
        if (s.scheduled() && s.heldOn().isBefore(today)) {
            return "To be closed";
        }
        return s.status().label();
    }

    static String tag(ReflectionSession s, LocalDate today) {
        return switch (s.status()) {
            case SCHEDULED -> s.heldOn().isBefore(today) ? "govuk-tag--yellow" : "govuk-tag--blue";
            case CLOSED -> "govuk-tag--green";
            case CANCELLED -> "govuk-tag--grey";
        };
    }
}
