package org.safeguard.familysafeguarding.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.safeguard.familysafeguarding.model.Attendance;
import org.safeguard.familysafeguarding.model.ParentSession;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;

/**
 * A session with a parent as the pages show it. Public for the template engine.
 *
 * @param attendanceTag the tag's colour: missed sessions stand out for a manager looking for avoidance
 */
public record SessionView(long id, LocalDate heldOn, String adultName, String practitionerName, String work,
                          String type, String attendance, String attendanceTag, boolean attended, String focus,
                          String focusHint, String engagement, Integer engagementScore, List<String> notes,
                          String recordedBy, Instant recordedAt) {

    /** @param assignment the session's assignment (who, with whom) */
    public static SessionView of(ParentSession s, PractitionerAssignment assignment) {
        Attendance attendance = s.attendance();
        String tag = switch (attendance) {
            case ATTENDED -> "govuk-tag--green";
            case DID_NOT_ATTEND -> "govuk-tag--red";
            case CANCELLED -> "govuk-tag--grey";
        };
        return new SessionView(s.id(), s.heldOn(), assignment == null ? "" : assignment.adultName(),
                assignment == null ? "" : assignment.practitionerName(), assignment == null ? "" : assignment.workLabel(),
                s.type().label(), attendance.label(), tag, attendance == Attendance.ATTENDED,
                s.focus() == null ? null : s.focus().label(), s.focus() == null ? null : s.focus().hint(),
                s.engagement() == null ? null : s.engagement().label(),
                s.engagement() == null ? null : s.engagement().score(), Text.paragraphs(s.notes()),
                s.recordedByName(), Text.instant(s.recordedAtUtc()));
    }
}
