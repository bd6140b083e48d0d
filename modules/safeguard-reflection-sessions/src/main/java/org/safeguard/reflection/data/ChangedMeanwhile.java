package org.safeguard.reflection.data;

/**
 * Someone else changed the record between the user opening the form and saving it (the session
 * was closed, or the discussion was recorded or revised): nothing was saved, and the page says so.
 */
public final class ChangedMeanwhile extends RuntimeException {

    public ChangedMeanwhile(String message) {
        super(message);
    }
}
