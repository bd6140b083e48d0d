package org.safeguard.fostering.data;

/**
 * A change the rules do not allow, with a message fit to show the user (and, through the
 * FosterCarers API, the IllegalArgumentException its contract promises). Nothing was saved.
 */
public final class Refused extends IllegalArgumentException {

    public Refused(String message) {
        super(message);
    }
}
