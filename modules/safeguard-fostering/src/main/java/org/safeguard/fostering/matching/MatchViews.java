package org.safeguard.fostering.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.data.MatchRecord;
import org.safeguard.fostering.model.FosterMatch;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.MatchOutcome;
import org.safeguard.fostering.web.Tags;
import org.safeguard.platform.api.security.CurrentUser;

/** Rows of matches for the register, the household page and the child's matching page. */
public final class MatchViews {

    static final String HIDDEN_CHILD = "A child whose case you cannot see";

    private MatchViews() {
    }

    /** The register's "matches awaiting placement": children named where the user can see them. */
    public static List<Map<String, Object>> pendingRows(FosteringContext context, CurrentUser user,
                                                        List<MatchRecord> pending, Map<Long, Household> households) {
        Set<Long> caseIds = new HashSet<>();
        pending.forEach(m -> caseIds.addAll(m.caseIds()));
        Map<Long, ChildCase> visible = visible(context, user, caseIds);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MatchRecord record : pending) {
            Map<String, Object> row = base(record, visible, user);
            Household household = households.get(record.match().householdId());
            row.put("householdId", record.match().householdId());
            row.put("householdName", household == null ? "Household " + record.match().householdId() : household.name());
            row.put("late", record.match().proposedStart().isBefore(context.clock().today()));
            rows.add(row);
        }
        return rows;
    }

    /** The household page's matches. */
    public static List<Map<String, Object>> householdRows(List<MatchRecord> matches, Map<Long, ChildCase> visible,
                                                          CurrentUser user) {
        return matches.stream().map(m -> base(m, visible, user)).toList();
    }

    static Map<String, Object> base(MatchRecord record, Map<Long, ChildCase> visible, CurrentUser user) {
        FosterMatch match = record.match();
        Map<String, Object> row = new HashMap<>();
        row.put("id", match.id());
        List<Map<String, Object>> children = new ArrayList<>();
        for (Long caseId : record.caseIds()) {
            ChildCase child = visible.get(caseId);
            Map<String, Object> c = new HashMap<>();
            c.put("name", child == null ? HIDDEN_CHILD : child.childName());
            if (child != null) {
                c.put("href", "/fostering/matching/" + child.id());
            }
            children.add(c);
        }
        row.put("children", children);
        row.put("need", match.need().label());
        row.put("proposedStart", match.proposedStart());
        row.put("matchedBy", match.matchedByName());
        row.put("matchedAt", Tags.local(match.matchedAt()));
        row.put("notes", match.notes());
        row.put("outcome", match.outcome().label());
        row.put("outcomeTag", tag(match.outcome()));
        row.put("outcomeOn", match.outcomeOn());
        row.put("outcomeReason", match.outcomeReason());
        if (match.pending() && user.hasPermission(FosteringModule.MATCH)) {
            row.put("outcomeHref", "/fostering/matches/" + match.id() + "/outcome");
        }
        return row;
    }

    static Map<String, Object> tag(MatchOutcome outcome) {
        return switch (outcome) {
            case PENDING -> Tags.tag(outcome.label(), "blue");
            case PLACED -> Tags.tag(outcome.label(), "green");
            case FELL_THROUGH -> Tags.tag(outcome.label(), "grey");
        };
    }

    static Map<Long, ChildCase> visible(FosteringContext context, CurrentUser user, Set<Long> caseIds) {
        Map<Long, ChildCase> visible = new HashMap<>();
        if (!caseIds.isEmpty()) {
            context.cases().visibleCases(user, caseIds).forEach(c -> visible.put(c.id(), c));
        }
        return visible;
    }
}
