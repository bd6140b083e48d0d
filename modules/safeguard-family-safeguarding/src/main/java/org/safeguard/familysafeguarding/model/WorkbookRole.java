package org.safeguard.familysafeguarding.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.safeguard.platform.api.security.Role;

/**
 * Who writes a chapter of the family workbook: the social worker for the children's side, and each
 * adult practitioner discipline for its work with the parents. Chapters read in this order.
 */
public enum WorkbookRole {
    SOCIAL_WORKER("Social worker", "The children: the social worker's assessment and plan",
            EnumSet.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER, Role.CHILDRENS_PRACTITIONER)),
    SUBSTANCE_MISUSE("Substance misuse practitioner", "Substance and alcohol misuse",
            EnumSet.of(Role.ADULT_PRACTITIONER_SUBSTANCE_MISUSE)),
    MENTAL_HEALTH("Mental health practitioner", "Adult mental health",
            EnumSet.of(Role.ADULT_PRACTITIONER_MENTAL_HEALTH)),
    DOMESTIC_ABUSE("Domestic abuse practitioner", "Domestic abuse",
            EnumSet.of(Role.ADULT_PRACTITIONER_DOMESTIC_ABUSE));

    private final String label;
    private final String chapterTitle;
    private final Set<Role> writers;

    WorkbookRole(String label, String chapterTitle, Set<Role> writers) {
        this.label = label;
        this.chapterTitle = chapterTitle;
        this.writers = writers;
    }

    public String label() {
        return label;
    }

    public String chapterTitle() {
        return chapterTitle;
    }

    /** The lower-case path segment, e.g. {@code domestic-abuse}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The workbook roles a user writes as, from the roles they hold. */
    public static Set<WorkbookRole> of(Set<Role> roles) {
        Set<WorkbookRole> mine = EnumSet.noneOf(WorkbookRole.class);
        for (WorkbookRole role : values()) {
            if (roles.stream().anyMatch(role.writers::contains)) {
                mine.add(role);
            }
        }
        return mine;
    }

    public static Optional<WorkbookRole> fromSlug(String slug) {
        return Arrays.stream(values()).filter(r -> r.slug().equals(slug)).findFirst();
    }

    public static Optional<WorkbookRole> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }
}
