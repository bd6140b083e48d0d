package org.safeguard.reflection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.safeguard.reflection.model.ActionEvent;
import org.safeguard.reflection.model.DiscussionAction;

/**
 * An action as the pages show it, with its history of being marked done and reopened; public for
 * the template engine.
 *
 * @param mayMark the user may mark it done or not done
 * @param history "Marked done by Jess Parson, 3 March 2026, 14:05" lines, oldest first
 */
public record ActionView(long id, String description, String ownerName, LocalDate agreedOn, LocalDate dueOn,
                         boolean done, boolean overdue, String doneText, boolean mayMark, List<Map<String, Object>> history) {

    static ActionView of(DiscussionAction action, List<ActionEvent> events, boolean mayMark, LocalDate today) {
        List<Map<String, Object>> history = new ArrayList<>();
        for (ActionEvent event : events) {
            history.add(Map.of("text", (event.done() ? "Marked done by " : "Marked not done by ") + event.byName(),
                    "at", event.occurredAt()));
        }
        String doneText = action.done() ? "Done " + Words.date(action.doneOn()) + ", marked by " + action.doneByName() : null;
        return new ActionView(action.id(), action.description(), action.ownerName(), action.agreedOn(), action.dueOn(),
                action.done(), !action.done() && action.dueOn().isBefore(today), doneText, mayMark, history);
    }

    public String doneHref() {
        return "/reflection/actions/" + id + "/done";
    }

    public String reopenHref() {
        return "/reflection/actions/" + id + "/undone";
    }
}
