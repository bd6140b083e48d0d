package org.safeguard.familysafeguarding.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.familysafeguarding.model.FactorKind;
import org.safeguard.familysafeguarding.model.FactorSource;
import org.safeguard.platform.api.web.FormErrors;

class FactorFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final List<FamilyMember> ADULTS = List.of(
            new FamilyMember(11, "Kelly Smith", LocalDate.of(1990, 1, 1), false, "Parent of Amy"),
            new FamilyMember(12, "Dean Smith", LocalDate.of(1988, 1, 1), false, "Step-parent of Amy"));

    private static FactorForm form(String adult, String kind, String source, String day, String month, String year,
                                   String by) {
        return new FactorForm(adult, kind, source, day, month, year, by);
    }

    @Test
    void aCompleteFactorIsAccepted() {
        FactorForm form = form("11", "DOMESTIC_ABUSE_VICTIM", "ASSESSMENT", "2", "3", "2026", " Jess Parson, social worker ");
        assertTrue(form.validate(ADULTS, Set.of(), TODAY).isEmpty());
        FactorForm.Content content = form.content(ADULTS);
        assertEquals(11, content.adult().personId());
        assertEquals(FactorKind.DOMESTIC_ABUSE_VICTIM, content.kind());
        assertEquals(FactorSource.ASSESSMENT, content.source());
        assertEquals(LocalDate.of(2026, 3, 2), content.identifiedOn());
        assertEquals("Jess Parson, social worker", content.identifiedBy());
    }

    @Test
    void everyMissingFieldIsNamedAtOnceInFormOrder() {
        FormErrors errors = form("", "", "", "", "", "", "").validate(ADULTS, Set.of(), TODAY);
        assertEquals(List.of("#adultPersonId", "#kind", "#source", "#identifiedOnDay", "#identifiedBy"),
                errors.summary().stream().map(m -> m.get("href")).toList());
        assertEquals("Select the adult this factor affects", errors.byField().get("adultPersonId"));
        assertEquals("Enter the date it was identified", errors.byField().get("identifiedOnDay"));
    }

    @Test
    void anAdultNotInTheHouseholdOrAForgedKindIsRefused() {
        FormErrors errors = form("99", "GAMBLING", "ASSESSMENT", "2", "3", "2026", "Jess").validate(ADULTS, Set.of(), TODAY);
        assertTrue(errors.has("adultPersonId"));
        assertTrue(errors.has("kind"));
    }

    @Test
    void theDateMustBeRealAndNotInTheFuture() {
        assertEquals("Date it was identified must be a real date", form("11", "MENTAL_HEALTH", "LATER", "31", "2", "2026",
                "Jess").validate(ADULTS, Set.of(), TODAY).byField().get("identifiedOnDay"));
        assertEquals("Date it was identified must be today or in the past", form("11", "MENTAL_HEALTH", "LATER", "17",
                "3", "2026", "Jess").validate(ADULTS, Set.of(), TODAY).byField().get("identifiedOnDay"));
        assertTrue(form("11", "MENTAL_HEALTH", "LATER", "16", "3", "2026", "Jess")
                .validate(ADULTS, Set.of(), TODAY).isEmpty(), "today is fine");
    }

    @Test
    void theSameOpenFactorForTheSameAdultIsRefusedButAnotherAdultOrKindIsNot() {
        Set<FactorForm.OpenFactor> open = Set.of(new FactorForm.OpenFactor(11, FactorKind.SUBSTANCE_MISUSE));
        assertEquals("Kelly Smith already has substance or alcohol misuse recorded. End that one first if it stopped "
                        + "and has started again",
                form("11", "SUBSTANCE_MISUSE", "LATER", "2", "3", "2026", "Jess").validate(ADULTS, open, TODAY)
                        .byField().get("kind"));
        assertTrue(form("12", "SUBSTANCE_MISUSE", "LATER", "2", "3", "2026", "Jess").validate(ADULTS, open, TODAY).isEmpty());
        assertTrue(form("11", "MENTAL_HEALTH", "LATER", "2", "3", "2026", "Jess").validate(ADULTS, open, TODAY).isEmpty());
    }

    @Test
    void whoIdentifiedItHasALimitAndValuesAreKeptAsTyped() {
        FactorForm form = form("11", "MENTAL_HEALTH", "LATER", "2", "3", "2026", "x".repeat(201));
        assertEquals("Who identified it must be 200 characters or fewer",
                form.validate(ADULTS, Set.of(), TODAY).byField().get("identifiedBy"));
        Map<String, Object> values = form("11", "<b>", "", "2", "3", "2026", "Jess").values();
        assertEquals("<b>", values.get("kind"), "escaped by the template, kept as typed");
        assertTrue(form.adultOptions(ADULTS).get(0).get("checked").equals(true));
    }
}
