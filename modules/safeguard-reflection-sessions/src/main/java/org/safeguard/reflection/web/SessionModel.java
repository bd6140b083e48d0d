package org.safeguard.reflection.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.reflection.model.AgendaItem;
import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.ReflectionSettings;
import org.safeguard.reflection.rules.AgendaProposal;
import org.safeguard.reflection.rules.DriftRule;
import org.safeguard.reflection.service.ReflectionServices;
import org.safeguard.reflection.service.TeamOversight;

/**
 * Everything the session page shows: its details, who attends, how many families it has time for
 * against how many are due, and the agenda with each family's last discussion, child protection
 * plan, drift signal and whether it has been discussed. A family the user may not see keeps its
 * place on the agenda without its name.
 */
final class SessionModel {

    /** One family on the agenda; public for the template engine. */
    public record AgendaRow(long familyId, int position, boolean visible, String name, String familyHref,
                            String discussionHref, String lastDiscussed, String cpPlan, boolean drifting,
                            boolean discussed, String ratingLabel, String ratingTag, boolean first, boolean last,
                            boolean proposed) {}

    /** A family that can be added to the agenda. */
    public record Option(long value, String label) {}

    private SessionModel() {
    }

    static Map<String, Object> build(ReflectionServices services, CurrentUser user, ReflectionSession session, Team team) {
        LocalDate today = services.clock().today();
        ReflectionSettings settings = services.settings().forAuthority(session.authorityId());
        boolean mayRun = SessionAccess.mayRun(services, user, session);
        boolean editable = mayRun && session.scheduled();
        List<AgendaItem> agenda = services.sessions().agenda(session.id());
        Map<Long, FamilyDiscussion> discussed = services.discussions().ofSession(session.id());
        List<TeamOversight.OpenFamily> teamFamilies = services.oversight().openFamilies(team.id(), user);
        Map<Long, TeamOversight.OpenFamily> open = new HashMap<>();
        teamFamilies.forEach(f -> open.put(f.id(), f));

        Set<Long> onAgenda = new HashSet<>();
        List<TeamOversight.OpenFamily> agendaFamilies = new ArrayList<>();
        for (AgendaItem item : agenda) {
            onAgenda.add(item.familyId());
            Optional.ofNullable(open.get(item.familyId())).ifPresent(agendaFamilies::add);
        }
        Map<Long, List<DriftRule.Rating>> ratings = services.discussions().ratings(session.authorityId(), onAgenda);
        Map<Long, LocalDate> cpSince = services.oversight().cpPlanSince(agendaFamilies);
        Set<Long> drifting = new HashSet<>();
        services.oversight().drift(session.authorityId(), agendaFamilies, today, settings)
                .forEach(s -> drifting.add(s.familyId()));

        List<AgendaRow> rows = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            long familyId = item.familyId();
            Optional<FamilySummary> family = open.containsKey(familyId) ? Optional.of(open.get(familyId).family())
                    : services.cases().visibleFamily(user, familyId);
            FamilyDiscussion discussion = discussed.get(familyId);
            LocalDate last = ratings.getOrDefault(familyId, List.of()).stream()
                    .map(DriftRule.Rating::discussedOn)
                    .filter(d -> d.isBefore(session.heldOn()))
                    .max(LocalDate::compareTo).orElse(null);
            LocalDate cp = cpSince.get(familyId);
            rows.add(new AgendaRow(familyId, i + 1, family.isPresent(), family.map(f -> org.safeguard.reflection.service.FamilyNames.label(f.name())).orElse(null),
                    "/reflection/families/" + familyId,
                    "/reflection/sessions/" + session.id() + "/families/" + familyId,
                    last == null ? "Never" : Words.date(last),
                    cp == null ? null : "Child protection plan for " + ChronoUnit.MONTHS.between(cp, today) + " months",
                    drifting.contains(familyId), discussion != null,
                    discussion == null ? null : discussion.riskRating().label(),
                    discussion == null ? null : discussion.riskRating().tagClass(),
                    i == 0, i == agenda.size() - 1, item.proposed()));
        }

        Map<String, Object> model = new HashMap<>();
        model.put("session", session);
        model.put("team", team);
        model.put("title", Words.title(session));
        model.put("when", Words.when(session));
        model.put("statusLabel", SessionRow.status(session, today));
        model.put("tagClass", SessionRow.tag(session, today));
        model.put("attendees", services.sessions().attendees(session.id()));
        model.put("agenda", rows);
        model.put("discussedCount", discussed.size());
        model.put("editable", editable);
        model.put("recordable", editable && !session.heldOn().isAfter(today));
        model.put("notYet", editable && session.heldOn().isAfter(today));
        model.put("changeable", editable && discussed.isEmpty());
        model.put("closable", editable && !discussed.isEmpty() && !session.heldOn().isAfter(today));
        if (session.scheduled()) {
            int capacity = AgendaProposal.capacity(session.durationMinutes(), settings.minutesPerFamily());
            List<AgendaProposal.Candidate> candidates = services.oversight().candidates(session.authorityId(), team.id(),
                    teamFamilies, session.startsAt(), session.id());
            int due = AgendaProposal.dueBy(candidates, session.heldOn(), settings.intervalDays());
            model.put("capacity", capacity);
            model.put("minutesPerFamily", settings.minutesPerFamily());
            model.put("dueCount", due);
            model.put("notFitting", Math.max(0, due - capacity));
            model.put("intervalWeeks", settings.intervalWeeks());
        }
        if (editable) {
            model.put("addable", teamFamilies.stream().filter(f -> !onAgenda.contains(f.id()))
                    .map(f -> new Option(f.id(), f.name())).toList());
        }
        return model;
    }
}
