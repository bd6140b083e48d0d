package org.safeguard.fostering.matching;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.fostering.data.Dates;
import org.safeguard.fostering.model.PlacementNeed;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/**
 * "Find carers for a child": the kind of placement, its start date, and brothers and sisters to
 * place together (each a checkbox {@code with-<caseId>} among the family's other open cases).
 * Sent as a GET (a search changes nothing) and repeated as hidden fields when the match is recorded.
 */
final class FinderForm {

    static final String NEED = "need";
    static final String START = "start";
    static final String WITH = "with-";
    /** How far ahead a placement can be looked for. */
    static final int MONTHS_AHEAD = 12;

    private final FormValues values = new FormValues();
    private final Set<Long> with = new LinkedHashSet<>();

    private FinderForm(Function<String, Optional<String>> field, List<ChildCase> siblings) {
        values.put(NEED, field.apply(NEED).orElse(""));
        for (String part : List.of("Day", "Month", "Year")) {
            values.put(START + part, field.apply(START + part).orElse(""));
        }
        for (ChildCase sibling : siblings) {
            if (field.apply(WITH + sibling.id()).filter("yes"::equals).isPresent()) {
                with.add(sibling.id());
            }
        }
    }

    static FinderForm fromQuery(WebRequest request, List<ChildCase> siblings) {
        return new FinderForm(request::query, siblings);
    }

    static FinderForm fromForm(WebRequest request, List<ChildCase> siblings) {
        return new FinderForm(request::form, siblings);
    }

    /** Whether the search was asked for (the query carries the need), as against the page first shown. */
    boolean submitted() {
        return !values.blank(NEED) || !values.blank(START + "Day");
    }

    FormValues values() {
        return values;
    }

    FormErrors validate(LocalDate today, FormErrors errors) {
        if (values.choice(NEED, PlacementNeed.class).isEmpty()) {
            errors.add(NEED, "Choose the kind of placement the child needs");
        }
        Optional<LocalDate> start = values.date(START, "start date", true, errors);
        if (start.isPresent() && start.get().isBefore(today)) {
            errors.add(START + "Day", "The start date must be today or in the future");
        } else if (start.isPresent() && start.get().isAfter(today.plusMonths(MONTHS_AHEAD))) {
            errors.add(START + "Day", "The start date must be on or before " + Dates.shown(today.plusMonths(MONTHS_AHEAD)));
        }
        return errors;
    }

    PlacementNeed need() {
        return values.choice(NEED, PlacementNeed.class).orElseThrow();
    }

    LocalDate start() {
        return values.date(START, "", true, new FormErrors()).orElseThrow();
    }

    /** The brothers and sisters chosen to be placed with the child. */
    Set<Long> with() {
        return Set.copyOf(with);
    }

    List<String> checked() {
        return with.stream().map(id -> WITH + id).toList();
    }
}
