package org.safeguard.fostering.carers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.fostering.model.TrainingCourse;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/** "Record training": the course, who did it (one carer or all of them), when it was completed. */
public final class TrainingForm {

    static final String COURSE = "course";
    static final String TITLE = "courseTitle";
    static final String CARER = "carer";
    static final String COMPLETED_ON = "completedOn";
    /** The carer choice for training every carer of the household did. */
    static final String ALL = "all";

    private final FormValues values;

    public TrainingForm(FormValues values) {
        this.values = values;
    }

    public static TrainingForm from(WebRequest request) {
        return new TrainingForm(FormValues.read(request, List.of(COURSE, TITLE, CARER), List.of(COMPLETED_ON)));
    }

    public FormValues values() {
        return values;
    }

    public FormErrors validate(LocalDate today, Set<Long> carerIds, FormErrors errors) {
        Optional<TrainingCourse> course = values.choice(COURSE, TrainingCourse.class);
        if (course.isEmpty()) {
            errors.add(COURSE, "Choose the course");
        } else if (course.get() == TrainingCourse.OTHER) {
            values.required(TITLE, 120, "Enter the name of the course", "The name of the course", errors);
        }
        String carer = values.get(CARER);
        if (!ALL.equals(carer) && (!carer.matches("\\d{1,18}") || !carerIds.contains(Long.parseLong(carer)))) {
            errors.add(CARER, "Choose who completed the course");
        }
        Optional<LocalDate> on = values.date(COMPLETED_ON, "date the course was completed", true, errors);
        FormDates.notInFuture(on, today, COMPLETED_ON, "date the course was completed", errors);
        return errors;
    }

    public TrainingCourse course() {
        return values.choice(COURSE, TrainingCourse.class).orElseThrow();
    }

    public String title() {
        return course() == TrainingCourse.OTHER ? values.get(TITLE) : null;
    }

    /** Null: every carer of the household. */
    public Long carerId() {
        return ALL.equals(values.get(CARER)) ? null : Long.parseLong(values.get(CARER));
    }

    public LocalDate completedOn() {
        return values.date(COMPLETED_ON, "", true, new FormErrors()).orElseThrow();
    }
}
