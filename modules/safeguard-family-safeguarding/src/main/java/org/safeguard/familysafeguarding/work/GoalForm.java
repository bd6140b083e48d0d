package org.safeguard.familysafeguarding.work;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.web.AssignmentView;
import org.safeguard.familysafeguarding.web.Options;
import org.safeguard.familysafeguarding.web.Text;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.WebRequest;

/**
 * "Set a goal" with a parent: the goal in their words, when it was agreed, and its first review.
 * A review is due within {@link #REVIEW_WITHIN_MONTHS} months: goals nobody reviews drift, the
 * failure mode the seeds name (000 §5.1). Pure rules, unit-tested.
 */
public final class GoalForm {

    static final String ASSIGNMENT = "assignmentId";
    static final String DESCRIPTION = "description";
    static final String SET_ON = "setOn";
    static final String NEXT_REVIEW_ON = "nextReviewOn";
    static final int DESCRIPTION_MAX = 500;
    static final int REVIEW_WITHIN_MONTHS = 3;

    public record Content(PractitionerAssignment assignment, String description, LocalDate setOn, LocalDate nextReviewOn) {}

    private final String assignment;
    private final String description;
    private final String setDay;
    private final String setMonth;
    private final String setYear;
    private final String reviewDay;
    private final String reviewMonth;
    private final String reviewYear;

    public GoalForm(String assignment, String description, String setDay, String setMonth, String setYear,
                    String reviewDay, String reviewMonth, String reviewYear) {
        this.assignment = Text.clean(assignment);
        this.description = Text.clean(description);
        this.setDay = Text.clean(setDay);
        this.setMonth = Text.clean(setMonth);
        this.setYear = Text.clean(setYear);
        this.reviewDay = Text.clean(reviewDay);
        this.reviewMonth = Text.clean(reviewMonth);
        this.reviewYear = Text.clean(reviewYear);
    }

    public static GoalForm from(WebRequest request) {
        return new GoalForm(field(request, ASSIGNMENT), field(request, DESCRIPTION), field(request, SET_ON + "Day"),
                field(request, SET_ON + "Month"), field(request, SET_ON + "Year"), field(request, NEXT_REVIEW_ON + "Day"),
                field(request, NEXT_REVIEW_ON + "Month"), field(request, NEXT_REVIEW_ON + "Year"));
    }

    public static GoalForm blank(List<PractitionerAssignment> workable, LocalDate today) {
        String only = workable.size() == 1 ? String.valueOf(workable.get(0).id()) : "";
        return new GoalForm(only, "", String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()), "", "", "");
    }

    public FormErrors validate(List<PractitionerAssignment> workable, LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<PractitionerAssignment> chosen = assignment(workable);
        if (chosen.isEmpty()) {
            errors.add(ASSIGNMENT, "Select who the goal is with");
        }
        if (description.isEmpty()) {
            errors.add(DESCRIPTION, "Enter the goal");
        } else if (description.length() > DESCRIPTION_MAX) {
            errors.add(DESCRIPTION, "The goal must be 500 characters or fewer");
        }
        Optional<LocalDate> set = FormDates.parse(SET_ON, "date it was agreed", setDay, setMonth, setYear, true, errors);
        FormDates.notInFuture(set, today, SET_ON, "date it was agreed", errors);
        if (set.isPresent() && chosen.isPresent() && set.get().isBefore(chosen.get().startedOn())) {
            errors.add(SET_ON + "Day", "Date it was agreed must be on or after " + Text.date(chosen.get().startedOn())
                    + ", when the work started");
        }
        Optional<LocalDate> review = FormDates.parse(NEXT_REVIEW_ON, "first review date", reviewDay, reviewMonth,
                reviewYear, true, errors);
        if (review.isPresent() && set.isPresent()) {
            if (!review.get().isAfter(set.get())) {
                errors.add(NEXT_REVIEW_ON + "Day", "First review date must be after the date the goal was agreed");
            } else if (review.get().isAfter(set.get().plusMonths(REVIEW_WITHIN_MONTHS))) {
                errors.add(NEXT_REVIEW_ON + "Day", "First review date must be within " + REVIEW_WITHIN_MONTHS
                        + " months of the date the goal was agreed");
            }
        }
        return errors;
    }

    public Content content(List<PractitionerAssignment> workable) {
        return new Content(assignment(workable).orElseThrow(), description,
                FormDates.parse(SET_ON, "date", setDay, setMonth, setYear, true, new FormErrors()).orElseThrow(),
                FormDates.parse(NEXT_REVIEW_ON, "date", reviewDay, reviewMonth, reviewYear, true, new FormErrors())
                        .orElseThrow());
    }

    private Optional<PractitionerAssignment> assignment(List<PractitionerAssignment> workable) {
        return Ids.parse(assignment).flatMap(id -> workable.stream().filter(a -> a.id() == id).findFirst());
    }

    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ASSIGNMENT, assignment);
        values.put(DESCRIPTION, description);
        values.put(SET_ON + "Day", setDay);
        values.put(SET_ON + "Month", setMonth);
        values.put(SET_ON + "Year", setYear);
        values.put(NEXT_REVIEW_ON + "Day", reviewDay);
        values.put(NEXT_REVIEW_ON + "Month", reviewMonth);
        values.put(NEXT_REVIEW_ON + "Year", reviewYear);
        return values;
    }

    public List<Map<String, Object>> assignmentOptions(List<PractitionerAssignment> workable) {
        return Options.radios(ASSIGNMENT, workable.stream()
                .map(a -> Options.Choice.of(String.valueOf(a.id()), AssignmentView.of(a).choiceLabel())).toList(),
                assignment);
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("");
    }
}
