package org.safeguard.corporateparenting.web;

import org.safeguard.corporateparenting.care.CareWrites;

/** Someone else's change to the same record, however the persistence layer wrapped it. */
public final class Concurrency {

    public static final String CHANGED_MEANWHILE =
            "This child's record was changed by someone else while you were working. Check the record and try again.";

    private Concurrency() {
    }

    public static boolean changedMeanwhile(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CareWrites.ChangedMeanwhile || t.getClass().getName().endsWith("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
