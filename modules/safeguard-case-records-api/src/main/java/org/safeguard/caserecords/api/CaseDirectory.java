package org.safeguard.caserecords.api;

import java.util.List;
import java.util.Optional;

import org.safeguard.platform.api.security.CurrentUser;

/**
 * Service: the cases and families a user may see. Every lookup by a user applies the same access
 * rule as the case records pages (same authority; the case's district among the user's teams'
 * districts, or a county-wide team, or allocated to the user; case records enabled there), so an
 * extending module never decides tenancy on its own. Empty means "not there or not yours": callers
 * answer 404 either way, so a record's existence never leaks.
 */
public interface CaseDirectory {

    Optional<ChildCase> visibleCase(CurrentUser user, long caseId);

    Optional<FamilySummary> visibleFamily(CurrentUser user, long familyId);

    /** The family's current members, children first, then adults, by name. */
    List<FamilyMember> members(long familyId);

    /** The family's cases, open first, newest first. */
    List<ChildCase> casesOfFamily(long familyId);

    /** Open cases held by a team, by child's name. */
    List<ChildCase> openCasesOfTeam(long teamId);

    /** Families with at least one open case held by the team, by name. */
    List<FamilySummary> openFamiliesOfTeam(long teamId);
}
