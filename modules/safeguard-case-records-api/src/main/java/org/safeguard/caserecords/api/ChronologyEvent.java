package org.safeguard.caserecords.api;

import java.time.LocalDate;

/**
 * One line of a child's chronology.
 *
 * @param category   short heading, e.g. "Referral", "Visit", "Placement"
 * @param recordedBy who recorded it, as shown; may be null
 * @param source     the contributing module's name, shown so the reader knows where to look
 */
public record ChronologyEvent(LocalDate date, String category, String summary, String recordedBy, String source) {}
