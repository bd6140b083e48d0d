package org.safeguard.caserecords.workload;

import java.time.LocalDate;

import org.safeguard.caserecords.api.CaseStage;

/**
 * One case in a list of a worker's or district's cases. Carries what the access rule needs, so a
 * row the user may not open shows without the child's name (a team's case can sit in a district
 * the manager cannot see: the district follows the family).
 *
 * @param visible false: show that the case exists, never who it is about
 */
public record CaseRow(long caseId, long authorityId, long districtId, String childName, CaseStage stage,
                      LocalDate openedOn, Long leadWorkerId, Long coWorkerId, boolean visible) {

    public String stageLabel() {
        return stage.label();
    }

    CaseRow hidden() {
        return new CaseRow(caseId, authorityId, districtId, null, stage, openedOn, leadWorkerId, coWorkerId, false);
    }
}
