package org.safeguard.fostering.contact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.fostering.model.Attendance;
import org.safeguard.fostering.model.ContactAttendee;
import org.safeguard.fostering.model.ContactSession;
import org.safeguard.fostering.web.Tags;

/** A contact session as the tab, the diary and the outcome form show it. */
final class SessionViews {

    private SessionViews() {
    }

    static Map<String, Object> of(ContactSession session, List<ContactAttendee> attendees) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", session.id());
        view.put("caseId", session.caseId());
        view.put("startsAt", session.startsAt());
        view.put("endsAt", session.startsAt().plusMinutes(session.durationMinutes()).toLocalTime());
        view.put("duration", session.durationMinutes());
        view.put("venue", session.venue());
        view.put("supervisor", session.supervisorName());
        view.put("attendanceTag", tag(session.attendance()));
        view.put("planned", !session.attendance().recorded());
        view.put("present", attendees.stream().map(a -> a.relationship() == null ? a.name()
                : a.name() + " (" + a.relationship() + ")").toList());
        view.put("paragraphs", session.observations() == null ? List.of()
                : List.of(session.observations().split("\n+")));
        view.put("recordedBy", session.recordedByName());
        view.put("recordedAt", Tags.local(session.recordedAt())); // stored in UTC, shown in UK time
        return view;
    }

    static Map<String, Object> tag(Attendance attendance) {
        return switch (attendance) {
            case PLANNED -> Tags.tag(attendance.label(), "blue");
            case TOOK_PLACE -> Tags.tag(attendance.label(), "green");
            case FAMILY_DID_NOT_ATTEND, CHILD_DID_NOT_ATTEND -> Tags.tag(attendance.label(), "orange");
            case CANCELLED_BY_FAMILY, CANCELLED_BY_SERVICE -> Tags.tag(attendance.label(), "grey");
        };
    }
}
