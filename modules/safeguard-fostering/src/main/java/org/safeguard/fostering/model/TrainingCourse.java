package org.safeguard.fostering.model;

/** Courses the fostering service records; {@link #TSD_STANDARDS} is the one with a statutory deadline. */
public enum TrainingCourse {
    TSD_STANDARDS("Training, Support and Development Standards completed"),
    SKILLS_TO_FOSTER("Skills to Foster"),
    SAFEGUARDING("Safeguarding children"),
    SAFER_CARING("Safer caring"),
    FIRST_AID("Paediatric first aid"),
    ATTACHMENT_AND_TRAUMA("Attachment and trauma"),
    MANAGING_ALLEGATIONS("Allegations and complaints"),
    OTHER("Another course");

    private final String label;

    TrainingCourse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
