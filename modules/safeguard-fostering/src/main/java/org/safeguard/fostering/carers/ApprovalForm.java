package org.safeguard.fostering.carers;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.fostering.data.Dates;
import org.safeguard.fostering.model.ApprovalTerm;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The terms of an approval: type, approved ages, number of children, terms that matching uses,
 * other terms, the connected child for kinship carers, and the date it takes effect. Used for a
 * first approval, a change of terms, and a fresh approval after de-registration.
 */
public final class ApprovalForm {

    static final String TYPE = "approvalType";
    static final String AGE_FROM = "ageFrom";
    static final String AGE_TO = "ageTo";
    static final String PLACES = "places";
    static final String TERMS = "terms";
    static final String OTHER_TERMS = "otherTerms";
    static final String CONNECTED_CASE = "connectedCase";
    static final String APPROVED_ON = "approvedOn";

    static final int OTHER_TERMS_MAX = 500;

    static final List<String> FIELDS = List.of(TYPE, AGE_FROM, AGE_TO, PLACES, OTHER_TERMS, CONNECTED_CASE);
    static final List<String> DATES = List.of(APPROVED_ON);

    private final FormValues values;
    private final EnumSet<ApprovalTerm> terms;

    public ApprovalForm(FormValues values, Set<ApprovalTerm> terms) {
        this.values = values;
        this.terms = terms.isEmpty() ? EnumSet.noneOf(ApprovalTerm.class) : EnumSet.copyOf(terms);
    }

    public static ApprovalForm from(WebRequest request) {
        Set<ApprovalTerm> terms = EnumSet.noneOf(ApprovalTerm.class);
        for (String code : request.formValues(TERMS)) {
            for (ApprovalTerm term : ApprovalTerm.values()) {
                if (term.name().equals(code)) {
                    terms.add(term);
                }
            }
        }
        return new ApprovalForm(FormValues.read(request, FIELDS, DATES), terms);
    }

    /** The form filled with the approval in force, for changing its terms (dated today). */
    public static ApprovalForm of(ApprovalTerms current, LocalDate today) {
        FormValues values = new FormValues()
                .put(TYPE, current.type().name())
                .put(AGE_FROM, String.valueOf(current.ageFrom()))
                .put(AGE_TO, String.valueOf(current.ageTo()))
                .put(PLACES, String.valueOf(current.places()))
                .put(OTHER_TERMS, current.otherTerms())
                .put(CONNECTED_CASE, current.connectedCaseId() == null ? "" : String.valueOf(current.connectedCaseId()))
                .put(APPROVED_ON + "Day", String.valueOf(today.getDayOfMonth()))
                .put(APPROVED_ON + "Month", String.valueOf(today.getMonthValue()))
                .put(APPROVED_ON + "Year", String.valueOf(today.getYear()));
        return new ApprovalForm(values, current.terms());
    }

    public FormValues values() {
        return values;
    }

    public Set<ApprovalTerm> terms() {
        return EnumSet.copyOf(terms);
    }

    public Optional<ApprovalType> type() {
        return values.choice(TYPE, ApprovalType.class);
    }

    /** The connected child's case number as typed, for a kinship approval; empty otherwise. */
    public Optional<Long> connectedCase() {
        String typed = values.get(CONNECTED_CASE).replaceAll("\\s", "");
        return type().filter(t -> t == ApprovalType.KINSHIP).isPresent() && typed.matches("\\d{1,18}")
                ? Optional.of(Long.parseLong(typed)) : Optional.empty();
    }

    /**
     * @param notBefore the earliest date the approval may take effect (the current approval's start,
     *                  or the day after a de-registration); null for a first approval
     */
    public FormErrors validate(LocalDate today, LocalDate notBefore, FormErrors errors) {
        Optional<ApprovalType> type = type();
        if (type.isEmpty()) {
            errors.add(TYPE, "Choose the type of fostering the carers are approved for");
        }
        Optional<Integer> from = values.wholeNumber(AGE_FROM, 0, ApprovalTerms.OLDEST,
                "Enter the youngest age the carers are approved for", "The youngest age", errors);
        Optional<Integer> to = values.wholeNumber(AGE_TO, 0, ApprovalTerms.OLDEST,
                "Enter the oldest age the carers are approved for", "The oldest age", errors);
        if (from.isPresent() && to.isPresent() && to.get() < from.get()) {
            errors.add(AGE_TO, "The oldest age must be the same as or more than the youngest age");
        }
        values.wholeNumber(PLACES, 1, ApprovalTerms.USUAL_FOSTERING_LIMIT,
                "Choose how many children the carers are approved for", "The number of children", errors);
        if (terms.contains(ApprovalTerm.LONG_TERM_ONLY) && terms.contains(ApprovalTerm.SHORT_TERM_ONLY)) {
            errors.add(TERMS, "Choose long-term only or short-term only, not both");
        } else if (type.filter(t -> t == ApprovalType.SHORT_BREAKS).isPresent()
                && (terms.contains(ApprovalTerm.LONG_TERM_ONLY) || terms.contains(ApprovalTerm.SHORT_TERM_ONLY))) {
            errors.add(TERMS, "Short break carers are not approved for long-term or short-term placements");
        }
        values.optional(OTHER_TERMS, OTHER_TERMS_MAX, "Other terms", errors);
        if (type.filter(t -> t == ApprovalType.KINSHIP).isPresent() && connectedCase().isEmpty()) {
            errors.add(CONNECTED_CASE, values.blank(CONNECTED_CASE)
                    ? "Enter the case number of the child the kinship carers are approved for"
                    : "The case number must be a number, like 1042");
        }
        Optional<LocalDate> approvedOn = values.date(APPROVED_ON, "date of approval", true, errors);
        FormDates.notInFuture(approvedOn, today, APPROVED_ON, "date of approval", errors);
        if (approvedOn.isPresent() && notBefore != null && approvedOn.get().isBefore(notBefore)) {
            errors.add(APPROVED_ON + "Day", "The date of approval must be on or after " + Dates.shown(notBefore));
        }
        return errors;
    }

    /** The valid form's terms, with the connected child's family found by the page. */
    public ApprovalTerms approval(Long connectedCaseId, Long connectedFamilyId) {
        ApprovalType type = type().orElseThrow();
        boolean kinship = type == ApprovalType.KINSHIP;
        return new ApprovalTerms(values.date(APPROVED_ON, "", true, new FormErrors()).orElseThrow(), type,
                Integer.parseInt(values.get(AGE_FROM)), Integer.parseInt(values.get(AGE_TO)),
                Integer.parseInt(values.get(PLACES)), terms, values.blank(OTHER_TERMS) ? null : values.get(OTHER_TERMS),
                kinship ? connectedCaseId : null, kinship ? connectedFamilyId : null);
    }
}
