package org.safeguard.corporateparenting.model;

/** How the child took part in their review: the DfE's codes PN0 to PN7 (SSDA903). */
public enum Participation {
    PN0("Child under 4 at the time of the review"),
    PN1("Attended and spoke for themselves"),
    PN2("Attended and an advocate spoke for them"),
    PN3("Attended and conveyed their views non-verbally"),
    PN4("Attended but did not convey their views"),
    PN5("Did not attend; an advocate conveyed their views"),
    PN6("Did not attend; conveyed their views another way"),
    PN7("Did not attend and did not convey their views");

    private final String label;

    Participation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
