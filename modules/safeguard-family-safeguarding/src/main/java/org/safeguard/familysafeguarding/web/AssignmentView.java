package org.safeguard.familysafeguarding.web;

import java.time.LocalDate;

import org.safeguard.familysafeguarding.model.PractitionerAssignment;

/** An assignment as the pages show it. Public for the template engine. */
public record AssignmentView(long id, long familyId, long adultPersonId, String adultName, long practitionerUserId,
                             String practitionerName, String discipline, String work, String teamName,
                             LocalDate startedOn, String assignedBy, boolean open, LocalDate endedOn,
                             String endReason, String endedBy) {

    public static AssignmentView of(PractitionerAssignment a) {
        return new AssignmentView(a.id(), a.familyId(), a.adultPersonId(), a.adultName(), a.practitionerUserId(),
                a.practitionerName(), a.discipline().label(), a.workLabel(), a.teamName(), a.startedOn(),
                a.assignedByName(), a.open(), a.endedOn(), a.endReason() == null ? null : a.endReason().label(),
                a.endedByName());
    }

    /** "Neil Coates, substance misuse practitioner, with Dean Smith": for a radio label. */
    public String choiceLabel() {
        return practitionerName + ", " + work.substring(0, 1).toLowerCase() + work.substring(1) + ", with " + adultName;
    }
}
