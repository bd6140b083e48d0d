package org.safeguard.caserecords.journey;

/** A step the case's journey does not allow from where it is now; the message is shown to the user as it is. */
public class JourneyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JourneyException(String message) {
        super(message);
    }
}
