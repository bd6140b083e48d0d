package org.safeguard.reflection.caserecords;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.WorkTrayItem;
import org.safeguard.caserecords.api.WorkTraySource;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.service.FamilyNames;
import org.safeguard.reflection.service.ReflectionServices;

/**
 * Open actions from reflection sessions in the work trays: the team's tray lists every open action
 * of the team's sessions, "My work tray" those the user owns (case records filters by
 * {@code ownerUserId}), until they are marked done. An action is about a family; the tray lists
 * cases, so each item points at one of the family's open cases (held by the team if it can,
 * otherwise any open one, otherwise the latest) and links to the family's actions.
 */
@Component(service = WorkTraySource.class)
public class ReflectionWorkTray implements WorkTraySource {

    static final String KIND = "Reflection action";
    /** The tray is a list of tasks: a long action is cut there and read in full on the family's tab. */
    static final int SHOWN_CHARACTERS = 150;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    @Reference
    private ReflectionServices services;

    public ReflectionWorkTray() {
    }

    /** For tests. */
    public ReflectionWorkTray(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<WorkTrayItem> items(Set<Long> teamIds, LocalDate dueBy) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        CaseDirectory cases = services.cases();
        Map<Long, List<ChildCase>> familyCases = new HashMap<>();
        List<WorkTrayItem> items = new ArrayList<>();
        for (DiscussionAction action : services.actions().openDueBy(teamIds, dueBy)) {
            List<ChildCase> ofFamily = familyCases.computeIfAbsent(action.familyId(), cases::casesOfFamily);
            Optional<ChildCase> chosen = pointAt(ofFamily, action.teamId());
            String family = FamilyNames.label(chosen.map(ChildCase::familyName).orElse(null));
            items.add(new WorkTrayItem(KIND, shorten(action.description()) + " (" + family + ", agreed "
                    + SHOWN.format(action.agreedOn()) + ")", chosen.map(ChildCase::id).orElse(null),
                    chosen.map(ChildCase::childName).orElse(family), action.dueOn(), action.ownerUserId(),
                    action.ownerName(), "/reflection/families/" + action.familyId() + "#actions"));
        }
        return items;
    }

    /** An open case held by the team, else any open case, else the most recent one. */
    static Optional<ChildCase> pointAt(List<ChildCase> cases, long teamId) {
        Optional<ChildCase> held = cases.stream().filter(ChildCase::open)
                .filter(c -> c.teamId() != null && c.teamId() == teamId)
                .min(Comparator.comparing(ChildCase::openedOn).thenComparing(ChildCase::id));
        if (held.isPresent()) {
            return held;
        }
        Optional<ChildCase> open = cases.stream().filter(ChildCase::open)
                .min(Comparator.comparing(ChildCase::openedOn).thenComparing(ChildCase::id));
        return open.isPresent() ? open : cases.stream().max(Comparator.comparing(ChildCase::openedOn));
    }

    static String shorten(String text) {
        return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS - 1).strip() + "\u2026";
    }
}
