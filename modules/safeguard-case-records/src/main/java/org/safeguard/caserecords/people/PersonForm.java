package org.safeguard.caserecords.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.safeguard.caserecords.model.Person;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.FormErrors;

/**
 * The "Add a person" form as typed, and its rules. Field names are the HTML ids so the error
 * summary's links land on the fields.
 */
public final class PersonForm {

    static final int NAME_MAX = 100;

    static final String KIND = "kind";
    static final String GIVEN_NAME = "givenName";
    static final String FAMILY_NAME = "familyName";
    static final String DATE_OF_BIRTH = "dateOfBirth";
    static final String GENDER = "gender";
    static final String NHS_NUMBER = "nhsNumber";
    static final String FAMILY_ID = "familyId";
    static final String RELATED_PERSON = "relatedPersonId";
    static final String RELATIONSHIP = "relationship";
    static final String NOT_DUPLICATE = "notDuplicate";

    private final String kind;
    private final String givenName;
    private final String familyName;
    private final String dobDay;
    private final String dobMonth;
    private final String dobYear;
    private final String gender;
    private final String nhsNumber;
    private final String familyId;
    private final String relatedPerson;
    private final String relationship;
    private final boolean notDuplicate;

    private PersonForm(Function<String, Optional<String>> field) {
        kind = Forms.text(field, KIND);
        givenName = Forms.text(field, GIVEN_NAME);
        familyName = Forms.text(field, FAMILY_NAME);
        dobDay = Forms.text(field, DATE_OF_BIRTH + "Day");
        dobMonth = Forms.text(field, DATE_OF_BIRTH + "Month");
        dobYear = Forms.text(field, DATE_OF_BIRTH + "Year");
        gender = Forms.text(field, GENDER);
        nhsNumber = Forms.text(field, NHS_NUMBER);
        familyId = Forms.text(field, FAMILY_ID);
        relatedPerson = Forms.text(field, RELATED_PERSON);
        relationship = Forms.text(field, RELATIONSHIP);
        notDuplicate = "yes".equals(Forms.text(field, NOT_DUPLICATE));
    }

    /** @param field a form field by name, e.g. {@code request::form} */
    public static PersonForm read(Function<String, Optional<String>> field) {
        return new PersonForm(field);
    }

    public static PersonForm blank(Long familyId) {
        return read(name -> FAMILY_ID.equals(name) && familyId != null
                ? Optional.of(String.valueOf(familyId)) : Optional.empty());
    }

    /**
     * Every rule at once, so the user fixes everything in one go.
     *
     * @param currentMembers the chosen family's current members, when the family is known: the only
     *                       people a relationship may be recorded with
     */
    public FormErrors validate(LocalDate today, Set<Long> currentMembers) {
        FormErrors errors = new FormErrors();
        Optional<Person.Kind> kind = kind();
        if (kind.isEmpty()) {
            errors.add(KIND, "Select if the person is a child or an adult");
        }
        validateDetails(errors, today, kind.filter(k -> k == Person.Kind.CHILD).isPresent());
        if (familyId.isEmpty()) {
            errors.add(FAMILY_ID, "Enter the family record number of the household they live in");
        } else if (familyId().isEmpty()) {
            errors.add(FAMILY_ID, "Family record number must be a number, like 1024");
        }
        Optional<RelationshipWords.Choice> choice = RelationshipWords.Choice.parse(relationship);
        if (!relatedPerson.isEmpty()) {
            Optional<Long> related = relatedPersonId();
            if (related.isEmpty() || !currentMembers.contains(related.get())) {
                errors.add(RELATED_PERSON, "Select someone who lives in the household");
            }
            if (choice.isEmpty()) {
                errors.add(RELATIONSHIP, "Select how they are related");
            }
        } else if (!relationship.isEmpty()) {
            errors.add(RELATED_PERSON, "Select the household member they are related to");
        }
        return errors;
    }

    /**
     * The rules of the person's own details (names, date of birth, gender, NHS number), shared by
     * "Add a person" and "Change their details".
     */
    public FormErrors validateDetails(LocalDate today, Person.Kind kind) {
        FormErrors errors = new FormErrors();
        validateDetails(errors, today, kind == Person.Kind.CHILD);
        return errors;
    }

    private void validateDetails(FormErrors errors, LocalDate today, boolean child) {
        Forms.required(errors, GIVEN_NAME, givenName, "Enter their given name", "Given name", NAME_MAX);
        Forms.required(errors, FAMILY_NAME, familyName, "Enter their family name", "Family name", NAME_MAX);
        // A child's date of birth decides timescales and which services apply; an adult's is often unknown.
        Optional<LocalDate> dob = FormDates.parse(DATE_OF_BIRTH, "date of birth", dobDay, dobMonth, dobYear,
                child, errors);
        FormDates.notInFuture(dob, today, DATE_OF_BIRTH, "date of birth", errors);
        if (gender().isEmpty()) {
            errors.add(GENDER, "Select their gender, or Not known");
        }
        if (!nhsNumber.isEmpty()) {
            String digits = NhsNumber.normalise(nhsNumber);
            if (!NhsNumber.wellFormed(digits)) {
                errors.add(NHS_NUMBER, "NHS number must be 10 digits, like 943 476 5919");
            } else if (!NhsNumber.valid(digits)) {
                errors.add(NHS_NUMBER, "Enter a real NHS number: check each digit against the letter or record it came from");
            }
        }
    }

    /** The form filled with a person's current details, for "Change their details". */
    public static PersonForm of(Person person) {
        Map<String, String> values = new java.util.HashMap<>();
        values.put(GIVEN_NAME, person.givenName());
        values.put(FAMILY_NAME, person.familyName());
        if (person.dateOfBirth() != null) {
            values.put(DATE_OF_BIRTH + "Day", String.valueOf(person.dateOfBirth().getDayOfMonth()));
            values.put(DATE_OF_BIRTH + "Month", String.valueOf(person.dateOfBirth().getMonthValue()));
            values.put(DATE_OF_BIRTH + "Year", String.valueOf(person.dateOfBirth().getYear()));
        }
        values.put(GENDER, person.gender().name());
        if (person.nhsNumber() != null) {
            values.put(NHS_NUMBER, person.nhsNumber());
        }
        return read(name -> Optional.ofNullable(values.get(name)));
    }

    /** The names as typed (trimmed), once {@link #validateDetails} found nothing wrong. */
    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    /** The NHS number as stored (digits only), or null when left blank. */
    public String nhsNumberDigits() {
        return nhsNumber.isEmpty() ? null : NhsNumber.normalise(nhsNumber);
    }

    /** The record to save, once {@link #validate} found nothing wrong. */
    public Person toPerson(long authorityId, java.time.LocalDateTime nowUtc, Long userId) {
        String nhs = nhsNumber.isEmpty() ? null : NhsNumber.normalise(nhsNumber);
        return new Person(authorityId, kind().orElseThrow(), givenName, familyName, dateOfBirth().orElse(null),
                gender().orElseThrow(), nhs, nowUtc, userId);
    }

    public LikelyDuplicates.Candidate candidate() {
        return new LikelyDuplicates.Candidate(null, givenName, familyName, dateOfBirth().orElse(null),
                nhsNumber.isEmpty() ? null : NhsNumber.normalise(nhsNumber));
    }

    public Optional<Person.Kind> kind() {
        return "CHILD".equals(kind) ? Optional.of(Person.Kind.CHILD)
                : "ADULT".equals(kind) ? Optional.of(Person.Kind.ADULT) : Optional.empty();
    }

    public Optional<Person.Gender> gender() {
        for (Person.Gender g : Person.Gender.values()) {
            if (g.name().equals(gender)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    public Optional<LocalDate> dateOfBirth() {
        return FormDates.parse(DATE_OF_BIRTH, "date of birth", dobDay, dobMonth, dobYear, false, new FormErrors());
    }

    public Optional<Long> familyId() {
        return Ids.parse(familyId);
    }

    public Optional<Long> relatedPersonId() {
        return Ids.parse(relatedPerson);
    }

    public Optional<RelationshipWords.Choice> relationship() {
        return RelationshipWords.Choice.parse(relationship);
    }

    public boolean confirmedNotDuplicate() {
        return notDuplicate;
    }

    /** The values as typed, to put back in the form. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(KIND, kind);
        values.put(GIVEN_NAME, givenName);
        values.put(FAMILY_NAME, familyName);
        values.put(DATE_OF_BIRTH + "Day", dobDay);
        values.put(DATE_OF_BIRTH + "Month", dobMonth);
        values.put(DATE_OF_BIRTH + "Year", dobYear);
        values.put(GENDER, gender);
        values.put(NHS_NUMBER, nhsNumber);
        values.put(FAMILY_ID, familyId);
        values.put(RELATED_PERSON, relatedPerson);
        values.put(RELATIONSHIP, relationship);
        values.put(NOT_DUPLICATE, notDuplicate);
        return values;
    }
}
