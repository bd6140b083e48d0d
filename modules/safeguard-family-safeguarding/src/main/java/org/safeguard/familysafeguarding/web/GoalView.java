package org.safeguard.familysafeguarding.web;

import java.time.LocalDate;
import java.util.List;

import org.safeguard.familysafeguarding.model.GoalReview;
import org.safeguard.familysafeguarding.model.ParentGoal;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;

/** A goal as the pages show it, with its latest review. Public for the template engine. */
public record GoalView(long id, List<String> description, String adultName, String practitionerName, String work,
                       LocalDate setOn, String setBy, String status, boolean open, LocalDate nextReviewOn,
                       boolean reviewOverdue, LocalDate closedOn, String latestProgress, LocalDate latestReviewedOn) {

    public static GoalView of(ParentGoal g, PractitionerAssignment assignment, GoalReview latest, LocalDate today) {
        return new GoalView(g.id(), Text.paragraphs(g.description()), assignment == null ? "" : assignment.adultName(),
                assignment == null ? "" : assignment.practitionerName(), assignment == null ? "" : assignment.workLabel(),
                g.setOn(), g.setByName(), g.status().label(), g.open(), g.nextReviewOn(),
                g.open() && g.nextReviewOn() != null && g.nextReviewOn().isBefore(today), g.closedOn(),
                latest == null ? null : latest.progress().label(), latest == null ? null : latest.reviewedOn());
    }

    /** The first line of the goal, for tables and links. */
    public String headline() {
        return description.isEmpty() ? "" : description.get(0);
    }
}
