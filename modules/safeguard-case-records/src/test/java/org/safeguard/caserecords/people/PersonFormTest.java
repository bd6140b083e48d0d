package org.safeguard.caserecords.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.web.FormErrors;

class PersonFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static Map<String, String> child() {
        Map<String, String> fields = new HashMap<>();
        fields.put("kind", "CHILD");
        fields.put("givenName", "Amy");
        fields.put("familyName", "Smith");
        fields.put("dateOfBirthDay", "2");
        fields.put("dateOfBirthMonth", "3");
        fields.put("dateOfBirthYear", "2019");
        fields.put("gender", "FEMALE");
        fields.put("familyId", "12");
        return fields;
    }

    private static PersonForm form(Map<String, String> fields) {
        return PersonForm.read(name -> Optional.ofNullable(fields.get(name)).filter(v -> !v.isBlank()));
    }

    @Test
    void aCompleteChildIsValid() {
        assertTrue(form(child()).validate(TODAY, Set.of()).isEmpty());
    }

    @Test
    void aChildNeedsADateOfBirthAnAdultDoesNot() {
        Map<String, String> fields = child();
        fields.remove("dateOfBirthDay");
        fields.remove("dateOfBirthMonth");
        fields.remove("dateOfBirthYear");
        assertEquals("Enter the date of birth", form(fields).validate(TODAY, Set.of()).byField().get("dateOfBirthDay"));
        fields.put("kind", "ADULT");
        assertTrue(form(fields).validate(TODAY, Set.of()).isEmpty());
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        Map<String, String> fields = child();
        fields.put("dateOfBirthDay", "26");
        fields.put("dateOfBirthMonth", "11");
        fields.put("dateOfBirthYear", "2026");
        assertEquals("Date of birth must be today or in the past",
                form(fields).validate(TODAY, Set.of()).byField().get("dateOfBirthDay"));
        fields.put("dateOfBirthDay", "25");
        assertTrue(form(fields).validate(TODAY, Set.of()).isEmpty(), "born today is allowed");
    }

    @Test
    void theNhsNumberIsOptionalButMustPassItsCheckDigit() {
        Map<String, String> fields = child();
        fields.put("nhsNumber", "943 476 5919");
        PersonForm valid = form(fields);
        assertTrue(valid.validate(TODAY, Set.of()).isEmpty());
        assertEquals("9434765919", valid.candidate().nhsNumber(), "stored without the spaces");
        fields.put("nhsNumber", "9434765918");
        assertTrue(form(fields).validate(TODAY, Set.of()).byField().get("nhsNumber").startsWith("Enter a real NHS number"));
        fields.put("nhsNumber", "94347659");
        assertEquals("NHS number must be 10 digits, like 943 476 5919",
                form(fields).validate(TODAY, Set.of()).byField().get("nhsNumber"));
    }

    @Test
    void everyMissingAnswerIsReportedAtOnce() {
        FormErrors errors = form(Map.of()).validate(TODAY, Set.of());
        assertEquals(Set.of("kind", "givenName", "familyName", "gender", "familyId"), errors.byField().keySet());
    }

    @Test
    void aRelationshipNeedsAMemberOfTheHouseholdAndAKind() {
        Map<String, String> fields = child();
        fields.put("relatedPersonId", "40");
        FormErrors errors = form(fields).validate(TODAY, Set.of(41L));
        assertEquals("Select someone who lives in the household", errors.byField().get("relatedPersonId"));
        assertEquals("Select how they are related", errors.byField().get("relationship"));
        fields.put("relationship", "CHILD_OF");
        assertTrue(form(fields).validate(TODAY, Set.of(40L)).isEmpty());
        fields.remove("relatedPersonId");
        assertFalse(form(fields).validate(TODAY, Set.of(40L)).isEmpty(), "a kind without a person is not enough");
    }
}
