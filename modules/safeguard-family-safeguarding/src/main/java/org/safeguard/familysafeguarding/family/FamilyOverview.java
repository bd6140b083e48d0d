package org.safeguard.familysafeguarding.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.access.FamilyAccess;
import org.safeguard.familysafeguarding.access.WorkPermissions;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.ParentGoal;
import org.safeguard.familysafeguarding.model.ParentSession;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.ToxicTrioFactor;
import org.safeguard.familysafeguarding.rules.WaitingFamilies;
import org.safeguard.familysafeguarding.web.AssignmentView;
import org.safeguard.familysafeguarding.web.FactorView;
import org.safeguard.familysafeguarding.web.GoalView;
import org.safeguard.familysafeguarding.web.SessionView;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * Everything the family's "Work with parents" tab shows, on the family page and on each child's
 * case page alike: each adult with their needs and practitioners, what the family is waiting for,
 * goals, recent sessions, and the earlier work.
 */
final class FamilyOverview {

    static final int RECENT_SESSIONS = 5;

    /**
     * An adult of the family (or one who has left, while their history is shown).
     *
     * @param livesHere false for someone with recorded work who no longer lives in the household
     */
    public record AdultView(long personId, String name, String description, boolean livesHere, List<FactorView> factors,
                            List<AssignmentView> practitioners) {}

    /** A discipline the family is waiting for. */
    public record WaitingView(String practitioner, LocalDate since, String daysText, String kinds, String adults) {}

    private final FamilyAccess access;
    private final FamilySafeguardingData data;
    private final AssignablePractitioners assignable;

    FamilyOverview(FamilyAccess access, FamilySafeguardingData data) {
        this.access = access;
        this.data = data;
        this.assignable = new AssignablePractitioners(access);
    }

    Map<String, Object> model(long familyId, CurrentUser user, LocalDate today) {
        List<ToxicTrioFactor> factors = data.factors().ofFamily(familyId);
        List<PractitionerAssignment> assignments = data.assignments().ofFamily(familyId);
        Map<Long, PractitionerAssignment> byId = assignments.stream()
                .collect(Collectors.toMap(PractitionerAssignment::id, Function.identity()));
        List<FamilyMember> adults = access.cases().members(familyId).stream().filter(m -> !m.child()).toList();

        Map<String, Object> model = new HashMap<>();
        model.put("adults", adults(adults, factors, assignments));
        model.put("waiting", WaitingFamilies.of(factors, assignments, today).stream()
                .map(w -> new WaitingView(w.discipline().practitioner().toLowerCase(), w.since(), w.daysText(),
                        w.kindsText(), w.adultsText()))
                .toList());
        List<ParentGoal> goals = data.goals().ofFamily(familyId);
        var latest = data.goals().latestReviews(goals.stream().map(ParentGoal::id).toList());
        model.put("goals", goals.stream().map(g -> GoalView.of(g, byId.get(g.assignmentId()), latest.get(g.id()), today))
                .toList());
        List<ParentSession> recent = data.sessions().page(familyId, 0, RECENT_SESSIONS);
        model.put("sessions", recent.stream().map(s -> SessionView.of(s, byId.get(s.assignmentId()))).toList());
        model.put("sessionCount", data.sessions().count(familyId));
        model.put("endedFactors", factors.stream().filter(f -> !f.open()).map(FactorView::of).toList());
        model.put("endedAssignments", assignments.stream().filter(a -> !a.open()).map(AssignmentView::of).toList());
        model.put("canRecord", user.hasPermission(FamilySafeguardingModule.RECORD) && !adults.isEmpty());
        model.put("canAssign", user.hasPermission(FamilySafeguardingModule.ASSIGN)
                && !adults.isEmpty() && !assignable.teams(user, familyId).isEmpty());
        model.put("canWork", !WorkPermissions.workable(user, assignments).isEmpty());
        model.put("canWriteWorkbook", !WorkPermissions.workbookRoles(user).isEmpty());
        model.put("noAdults", adults.isEmpty());
        return model;
    }

    /** Current adults in the household's order, then anyone with recorded work who has left. */
    private static List<AdultView> adults(List<FamilyMember> adults, List<ToxicTrioFactor> factors,
                                          List<PractitionerAssignment> assignments) {
        Map<Long, AdultView> views = new LinkedHashMap<>();
        for (FamilyMember adult : adults) {
            views.put(adult.personId(), new AdultView(adult.personId(), adult.name(), adult.description(), true,
                    new ArrayList<>(), new ArrayList<>()));
        }
        for (ToxicTrioFactor factor : factors) {
            if (factor.open()) {
                views.computeIfAbsent(factor.adultPersonId(), id -> left(id, factor.adultName()))
                        .factors().add(FactorView.of(factor));
            }
        }
        for (PractitionerAssignment assignment : assignments) {
            if (assignment.open()) {
                views.computeIfAbsent(assignment.adultPersonId(), id -> left(id, assignment.adultName()))
                        .practitioners().add(AssignmentView.of(assignment));
            }
        }
        return List.copyOf(views.values());
    }

    private static AdultView left(long personId, String name) {
        return new AdultView(personId, name, "No longer lives in the household", false, new ArrayList<>(),
                new ArrayList<>());
    }
}
