package org.safeguard.caserecords.api;

import java.time.LocalDate;

/**
 * Something a worker or their manager must do by a date.
 *
 * @param kind        short heading, e.g. "Assessment", "CP visit", "Action"
 * @param ownerUserId who must do it; null when nobody holds it yet
 * @param href        where to do it
 */
public record WorkTrayItem(String kind, String description, Long caseId, String childName,
                           LocalDate dueOn, Long ownerUserId, String ownerName, String href) {}
