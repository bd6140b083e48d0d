package org.safeguard.caserecords.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguard.caserecords.model.Relationship;

/**
 * How a relationship reads from either end. A row says "person is KIND of related person"
 * (Dean is parent of Amy); on Amy's page the same row reads "child of Dean".
 */
public final class RelationshipWords {

    /**
     * What a new person is to an existing member, as one question: the row is stored from the
     * parent's, step-parent's or carer's side whichever of the two that is.
     */
    public enum Choice {
        PARENT_OF("is a parent of", Relationship.Kind.PARENT, true),
        CHILD_OF("is a child of", Relationship.Kind.PARENT, false),
        STEP_PARENT_OF("is a step-parent of", Relationship.Kind.STEP_PARENT, true),
        STEP_CHILD_OF("is a step-child of", Relationship.Kind.STEP_PARENT, false),
        SIBLING_OF("is a brother or sister of", Relationship.Kind.SIBLING, true),
        CARER_OF("is a carer of", Relationship.Kind.CARER, true),
        CARED_FOR_BY("is cared for by", Relationship.Kind.CARER, false),
        OTHER("is otherwise related to", Relationship.Kind.OTHER, true);

        private final String label;
        private final Relationship.Kind kind;
        private final boolean subjectFirst;

        Choice(String label, Relationship.Kind kind, boolean subjectFirst) {
            this.label = label;
            this.kind = kind;
            this.subjectFirst = subjectFirst;
        }

        public String label() {
            return label;
        }

        public Relationship.Kind kind() {
            return kind;
        }

        /** true: the row is "subject is KIND of other"; false: "other is KIND of subject". */
        public boolean subjectFirst() {
            return subjectFirst;
        }

        public static Optional<Choice> parse(String value) {
            for (Choice choice : values()) {
                if (choice.name().equals(value)) {
                    return Optional.of(choice);
                }
            }
            return Optional.empty();
        }

        public static Map<String, String> options() {
            Map<String, String> options = new LinkedHashMap<>();
            for (Choice choice : values()) {
                options.put(choice.name(), choice.label);
            }
            return options;
        }
    }

    private RelationshipWords() {
    }

    /** Read from the person's side: "Parent of Amy Smith". */
    public static String forward(Relationship.Kind kind, String otherName) {
        return kind.label() + " of " + otherName;
    }

    /** Read from the related person's side: "Child of Dean Smith". */
    public static String backward(Relationship.Kind kind, String otherName) {
        return switch (kind) {
            case PARENT -> "Child of " + otherName;
            case STEP_PARENT -> "Step-child of " + otherName;
            case SIBLING -> "Sibling of " + otherName;
            case CARER -> "Cared for by " + otherName;
            case OTHER -> "Other relationship to " + otherName;
        };
    }

    public static Optional<Relationship.Kind> kind(String value) {
        for (Relationship.Kind kind : Relationship.Kind.values()) {
            if (kind.name().equals(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Relationship.Kind kind : Relationship.Kind.values()) {
            kinds.put(kind.name(), kind.label());
        }
        return kinds;
    }
}
