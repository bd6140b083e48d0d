package org.safeguard.platform.persistence;

/** A changelog that could not be applied; the message names the change set Liquibase stopped at. */
public class MigrationException extends Exception {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
