package org.safeguard.caserecords.api;

import java.time.LocalDate;

/**
 * One episode of a child's involvement with children's social care, from referral to closure.
 *
 * @param teamId       the team holding the case now; null while unallocated
 * @param leadWorkerId the allocated worker; null while unallocated
 * @param coWorkerId   a co-worker sharing the case, if any
 */
public record ChildCase(long id, long authorityId, long districtId, long familyId, String familyName,
                        long childId, String childName, LocalDate childDateOfBirth,
                        CaseStage stage, LocalDate openedOn, LocalDate closedOn,
                        Long teamId, Long leadWorkerId, Long coWorkerId) {

    public boolean open() {
        return closedOn == null;
    }
}
