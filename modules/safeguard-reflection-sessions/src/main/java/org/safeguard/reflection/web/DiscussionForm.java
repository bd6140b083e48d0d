package org.safeguard.reflection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.data.DiscussionRepository;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.RiskRating;

/**
 * One family's discussion as typed: the systemic hypotheses, risks, protective factors, the
 * child's lived experience (required: the seeds found plans that lost sight of it, 000 §5.4.2,
 * 004 §2.10), the risk rating, decisions, and up to {@value #ACTION_ROWS} new actions. An action
 * row left blank is ignored; a row partly filled must be completed. Pure, so unit-tested.
 */
public final class DiscussionForm {

    public static final int ACTION_ROWS = 3;

    static final String HYPOTHESES = "hypotheses";
    static final String RISKS = "risks";
    static final String PROTECTIVE = "protectiveFactors";
    static final String LIVED = "livedExperience";
    static final String RATING = "riskRating";
    static final String DECISIONS = "decisions";
    static final String VERSION = "version";

    /** An action row as typed; its fields are named {@code action<n>Description}, {@code action<n>Owner}, {@code action<n>Due...}. */
    public record ActionRow(String description, String owner, String dueDay, String dueMonth, String dueYear) {

        boolean blank() {
            return description.isEmpty() && owner.isEmpty() && dueDay.isEmpty() && dueMonth.isEmpty() && dueYear.isEmpty();
        }
    }

    private final String hypotheses;
    private final String risks;
    private final String protectiveFactors;
    private final String livedExperience;
    private final String riskRating;
    private final String decisions;
    private final String version;
    private final List<ActionRow> rows;

    public DiscussionForm(String hypotheses, String risks, String protectiveFactors, String livedExperience,
                          String riskRating, String decisions, String version, List<ActionRow> rows) {
        this.hypotheses = text(hypotheses);
        this.risks = text(risks);
        this.protectiveFactors = text(protectiveFactors);
        this.livedExperience = text(livedExperience);
        this.riskRating = clean(riskRating);
        this.decisions = text(decisions);
        this.version = clean(version);
        List<ActionRow> cleaned = new ArrayList<>();
        for (ActionRow row : rows) {
            cleaned.add(new ActionRow(clean(row.description()), clean(row.owner()), clean(row.dueDay()),
                    clean(row.dueMonth()), clean(row.dueYear())));
        }
        while (cleaned.size() < ACTION_ROWS) {
            cleaned.add(new ActionRow("", "", "", "", ""));
        }
        this.rows = List.copyOf(cleaned);
    }

    static DiscussionForm from(WebRequest request) {
        List<ActionRow> rows = new ArrayList<>();
        for (int n = 1; n <= ACTION_ROWS; n++) {
            String prefix = "action" + n;
            rows.add(new ActionRow(request.form(prefix + "Description").orElse(""), request.form(prefix + "Owner").orElse(""),
                    request.form(prefix + "DueDay").orElse(""), request.form(prefix + "DueMonth").orElse(""),
                    request.form(prefix + "DueYear").orElse("")));
        }
        return new DiscussionForm(request.form(HYPOTHESES).orElse(""), request.form(RISKS).orElse(""),
                request.form(PROTECTIVE).orElse(""), request.form(LIVED).orElse(""), request.form(RATING).orElse(""),
                request.form(DECISIONS).orElse(""), request.form(VERSION).orElse(""), rows);
    }

    static DiscussionForm blank() {
        return new DiscussionForm("", "", "", "", "", "", "", List.of());
    }

    /** The form filled with a recorded discussion, for revising it; no new actions yet. */
    static DiscussionForm of(FamilyDiscussion discussion) {
        return new DiscussionForm(nullToEmpty(discussion.hypotheses()), discussion.risks(),
                discussion.protectiveFactors(), discussion.livedExperience(), discussion.riskRating().name(),
                nullToEmpty(discussion.decisions()), String.valueOf(discussion.version()), List.of());
    }

    /**
     * @param heldOn the session's date: an action cannot be due before the meeting that agreed it
     * @param owners the team's practitioners, who may own an action
     */
    public FormErrors validate(LocalDate heldOn, Set<Long> owners) {
        FormErrors errors = new FormErrors();
        limit(errors, HYPOTHESES, hypotheses, "Systemic hypotheses");
        required(errors, RISKS, risks, "Enter the risks to the children", "Risks");
        required(errors, PROTECTIVE, protectiveFactors, "Enter the protective factors", "Protective factors");
        required(errors, LIVED, livedExperience, "Enter what life is like for the children: their lived experience",
                "Lived experience");
        if (riskRating.isEmpty()) {
            errors.add(RATING, "Select the risk rating");
        } else if (RiskRating.parse(riskRating).isEmpty()) {
            errors.add(RATING, "Select one of the risk ratings");
        }
        limit(errors, DECISIONS, decisions, "Decisions");
        for (int n = 1; n <= ACTION_ROWS; n++) {
            ActionRow row = rows.get(n - 1);
            if (row.blank()) {
                continue;
            }
            String prefix = "action" + n;
            if (row.description().isEmpty()) {
                errors.add(prefix + "Description", "Enter what action " + n + " is");
            } else if (row.description().length() > DiscussionAction.DESCRIPTION_MAX) {
                errors.add(prefix + "Description", "Action " + n + " must be " + DiscussionAction.DESCRIPTION_MAX
                        + " characters or fewer");
            }
            if (row.owner().isEmpty()) {
                errors.add(prefix + "Owner", "Select who will do action " + n);
            } else if (Ids.parse(row.owner()).filter(owners::contains).isEmpty()) {
                errors.add(prefix + "Owner", "Select someone in the team to do action " + n);
            }
            Optional<LocalDate> due = FormDates.parse(prefix + "Due", "due date of action " + n, row.dueDay(),
                    row.dueMonth(), row.dueYear(), true, errors);
            if (due.isPresent() && due.get().isBefore(heldOn)) {
                errors.add(prefix + "DueDay", "Due date of action " + n + " must be on or after the session's date");
            }
        }
        return errors;
    }

    /** Valid forms only. */
    FamilyDiscussion.Content content() {
        return new FamilyDiscussion.Content(hypotheses, risks, protectiveFactors, livedExperience,
                RiskRating.parse(riskRating).orElseThrow(), decisions);
    }

    /** The filled action rows of a valid form, with their owners' names. */
    List<DiscussionRepository.NewAction> actions(Function<Long, String> ownerName) {
        List<DiscussionRepository.NewAction> actions = new ArrayList<>();
        for (ActionRow row : rows) {
            if (row.blank()) {
                continue;
            }
            long owner = Ids.parse(row.owner()).orElseThrow();
            LocalDate due = FormDates.parse("due", "due", row.dueDay(), row.dueMonth(), row.dueYear(), true,
                    new FormErrors()).orElseThrow();
            actions.add(new DiscussionRepository.NewAction(row.description(), owner, ownerName.apply(owner), due));
        }
        return actions;
    }

    /** The discussion's version the form was opened on; null for a new discussion. */
    Integer expectedVersion() {
        return version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
    }

    List<ActionRow> rows() {
        return rows;
    }

    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(HYPOTHESES, hypotheses);
        values.put(RISKS, risks);
        values.put(PROTECTIVE, protectiveFactors);
        values.put(LIVED, livedExperience);
        values.put(RATING, riskRating);
        values.put(DECISIONS, decisions);
        values.put(VERSION, version);
        return values;
    }

    private static void required(FormErrors errors, String field, String value, String missing, String subject) {
        if (value.isEmpty()) {
            errors.add(field, missing);
        } else {
            limit(errors, field, value, subject);
        }
    }

    private static void limit(FormErrors errors, String field, String value, String subject) {
        if (value.length() > FamilyDiscussion.TEXT_MAX) {
            errors.add(field, subject + " must be 4,000 characters or fewer");
        }
    }

    /** Browsers send a textarea's line breaks as CRLF: one character each, as the character count shows. */
    private static String text(String value) {
        return clean(value).replace("\r\n", "\n");
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
