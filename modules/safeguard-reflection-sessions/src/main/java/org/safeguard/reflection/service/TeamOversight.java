package org.safeguard.reflection.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.caserecords.api.PlanSummary;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.reflection.data.ActionRepository;
import org.safeguard.reflection.data.DiscussionRepository;
import org.safeguard.reflection.data.SessionRepository;
import org.safeguard.reflection.model.ReflectionSettings;
import org.safeguard.reflection.rules.AgendaProposal;
import org.safeguard.reflection.rules.Coverage;
import org.safeguard.reflection.rules.DriftRule;

/**
 * Brings case records' facts (a team's open families and cases, their plans) together with this
 * module's (discussions, ratings, actions) for the pure rules: the agenda proposal, coverage and
 * drift. Reads in bulk, a few queries per team whatever its size.
 */
public final class TeamOversight {

    /**
     * A family with open cases held by the team.
     *
     * @param openSince the earliest opening date of those cases
     */
    public record OpenFamily(FamilySummary family, LocalDate openSince, List<ChildCase> openCases) {

        public long id() {
            return family.id();
        }

        /** "Adams family". */
        public String name() {
            return FamilyNames.label(family.name());
        }
    }

    private final CaseDirectory cases;
    private final SessionRepository sessions;
    private final DiscussionRepository discussions;
    private final ActionRepository actions;

    public TeamOversight(CaseDirectory cases, SessionRepository sessions, DiscussionRepository discussions,
                         ActionRepository actions) {
        this.cases = cases;
        this.sessions = sessions;
        this.discussions = discussions;
        this.actions = actions;
    }

    /**
     * The team's open families, by name.
     *
     * @param viewer when given, only the families with an open case the viewer may see (the access
     *               rule of case records; a list page never shows what its reader could not open)
     */
    public List<OpenFamily> openFamilies(long teamId, CurrentUser viewer) {
        List<ChildCase> open = cases.openCasesOfTeam(teamId);
        Set<Long> visible = null;
        if (viewer != null) {
            visible = new HashSet<>();
            for (ChildCase c : cases.visibleCases(viewer, open.stream().map(ChildCase::id).toList())) {
                visible.add(c.id());
            }
        }
        Map<Long, List<ChildCase>> byFamily = new HashMap<>();
        for (ChildCase c : open) {
            if (visible == null || visible.contains(c.id())) {
                byFamily.computeIfAbsent(c.familyId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<OpenFamily> families = new ArrayList<>();
        for (FamilySummary family : cases.openFamiliesOfTeam(teamId)) {
            List<ChildCase> ofFamily = byFamily.get(family.id());
            if (ofFamily == null) {
                continue;
            }
            LocalDate since = ofFamily.stream().map(ChildCase::openedOn).min(Comparator.naturalOrder()).orElseThrow();
            families.add(new OpenFamily(family, since, List.copyOf(ofFamily)));
        }
        families.sort(Comparator.comparing(OpenFamily::name).thenComparing(OpenFamily::id));
        return families;
    }

    public Coverage.Result coverage(long authorityId, List<OpenFamily> families, LocalDate today,
                                    ReflectionSettings settings) {
        Map<Long, LocalDate> last = discussions.lastDiscussed(authorityId, ids(families));
        List<Coverage.FamilyState> states = families.stream()
                .map(f -> new Coverage.FamilyState(f.id(), f.name(), f.openSince(), last.get(f.id())))
                .toList();
        return Coverage.of(states, today, settings.intervalDays());
    }

    /** The drifting families among these, the most reasons first, then by name. */
    public List<DriftRule.Signal> drift(long authorityId, List<OpenFamily> families, LocalDate today,
                                        ReflectionSettings settings) {
        List<Long> familyIds = ids(families);
        Map<Long, List<DriftRule.Rating>> ratings = discussions.ratings(authorityId, familyIds);
        Map<Long, List<DriftRule.OpenAction>> open = actions.openByFamily(authorityId, familyIds);
        Map<Long, LocalDate> cpSince = cpPlanSince(families);
        List<DriftRule.Signal> signals = new ArrayList<>();
        for (OpenFamily family : families) {
            DriftRule.assess(new DriftRule.FamilyRecord(family.id(), family.name(), cpSince.get(family.id()),
                            ratings.getOrDefault(family.id(), List.of()), open.getOrDefault(family.id(), List.of())),
                    today, settings.driftCpMonths()).ifPresent(signals::add);
        }
        signals.sort(Comparator.comparing((DriftRule.Signal s) -> -s.reasons().size())
                .thenComparing(DriftRule.Signal::name).thenComparing(DriftRule.Signal::familyId));
        return signals;
    }

    /** One family's drift signal, from all its open cases (whichever team holds them). */
    public Optional<DriftRule.Signal> driftOf(long authorityId, FamilySummary family, LocalDate today,
                                              ReflectionSettings settings) {
        List<ChildCase> open = cases.casesOfFamily(family.id()).stream().filter(ChildCase::open).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        LocalDate since = open.stream().map(ChildCase::openedOn).min(Comparator.naturalOrder()).orElseThrow();
        return drift(authorityId, List.of(new OpenFamily(family, since, open)), today, settings).stream().findFirst();
    }

    /**
     * The team's open families as agenda candidates for a session starting at {@code startsAt}:
     * their last discussion, and any earlier scheduled session of the team that already plans them.
     */
    public List<AgendaProposal.Candidate> candidates(long authorityId, long teamId, List<OpenFamily> families,
                                                     LocalDateTime startsAt, Long excludeSessionId) {
        Map<Long, LocalDate> last = discussions.lastDiscussed(authorityId, ids(families));
        Map<Long, LocalDate> planned = sessions.planned(authorityId, teamId, startsAt, excludeSessionId);
        return families.stream()
                .map(f -> new AgendaProposal.Candidate(f.id(), f.name(), f.openSince(), last.get(f.id()),
                        planned.get(f.id())))
                .toList();
    }

    /** The start of the longest-running open child protection plan of each family's children. */
    public Map<Long, LocalDate> cpPlanSince(Collection<OpenFamily> families) {
        Map<Long, Long> familyOfCase = new LinkedHashMap<>();
        for (OpenFamily family : families) {
            family.openCases().forEach(c -> familyOfCase.put(c.id(), family.id()));
        }
        Map<Long, LocalDate> since = new HashMap<>();
        for (PlanSummary plan : cases.openPlans(familyOfCase.keySet()).values()) {
            if (plan.childProtection() && plan.startedOn() != null) {
                since.merge(familyOfCase.get(plan.caseId()), plan.startedOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return since;
    }

    private static List<Long> ids(List<OpenFamily> families) {
        return families.stream().map(OpenFamily::id).toList();
    }
}
