package org.safeguard.caserecords.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.RecordHeader;

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

    /**
     * The cases among these ids that the user may see (same rule as {@link #visibleCase}), for a
     * module's list pages: one lookup instead of one per row. Order is not kept.
     */
    List<ChildCase> visibleCases(CurrentUser user, Collection<Long> caseIds);

    /**
     * The child's banner and the case's tabs (case records' own pages and every module's
     * {@code RecordTab} for {@link CaseRecordTypes#CASE} the user may see), none marked current:
     * a module's tab page calls {@code .withCurrent(request.path())}, puts it in its model as
     * {@code recordHeader} and includes {@code {{> sg/record-header}}}, so the user stays on the
     * same record with the same tabs.
     */
    RecordHeader caseHeader(CurrentUser user, ChildCase childCase);

    /** The family's banner and tabs, as {@link #caseHeader} is for a case. */
    RecordHeader familyHeader(CurrentUser user, FamilySummary family);

    /** Open plans (child in need or child protection) of these cases, by case id; cases without one are absent. */
    Map<Long, PlanSummary> openPlans(Collection<Long> caseIds);

    /** The date of the latest visit to the child recorded on each of these cases, by case id; never visited: absent. */
    Map<Long, LocalDate> lastVisits(Collection<Long> caseIds);

    /**
     * Cases the user may see (same rule as {@link #visibleCase}) that closed on or after {@code since}
     * because the child was transferred to the children in care service, newest closure first: the
     * children the corporate parenting service should be holding.
     *
     * @since 1.2
     */
    List<ChildCase> closedTransferredToCare(CurrentUser user, LocalDate since);
}
