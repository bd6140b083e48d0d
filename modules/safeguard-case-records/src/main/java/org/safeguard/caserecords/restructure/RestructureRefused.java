package org.safeguard.caserecords.restructure;

/**
 * A restructure that cannot go ahead as asked, found inside its transaction (so nothing is
 * saved): the message goes beside {@code field} on the form.
 */
final class RestructureRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    RestructureRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
