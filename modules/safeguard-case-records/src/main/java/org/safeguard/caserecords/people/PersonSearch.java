package org.safeguard.caserecords.people;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.safeguard.caserecords.model.Person;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.FormErrors;

/**
 * What the user searched for on the case records home page: a name, a date of birth, a person id,
 * any combination (all must match). A name matches the start of the given or the family name,
 * in any case: "smi" finds Amy Smith, "amy smi" and "smith, amy" find her too.
 */
public final class PersonSearch {

    static final String NAME = "name";
    static final String DATE_OF_BIRTH = "dateOfBirth";
    static final String PERSON_ID = "personId";

    /** Beyond this many words the split points multiply for little gain: the whole text is one prefix. */
    private static final int MAX_WORDS = 4;

    /** One way to read the name: a prefix of the given name and/or of the family name (null: either unused). */
    public record NameClause(String givenPrefix, String familyPrefix) {}

    private final String name;
    private final String dobDay;
    private final String dobMonth;
    private final String dobYear;
    private final String personId;

    private PersonSearch(Function<String, Optional<String>> field) {
        name = Forms.text(field, NAME).replaceAll("\\s+", " ");
        dobDay = Forms.text(field, DATE_OF_BIRTH + "Day");
        dobMonth = Forms.text(field, DATE_OF_BIRTH + "Month");
        dobYear = Forms.text(field, DATE_OF_BIRTH + "Year");
        personId = Forms.text(field, PERSON_ID);
    }

    /** @param field a query parameter by name, e.g. {@code request::query} */
    public static PersonSearch read(Function<String, Optional<String>> field) {
        return new PersonSearch(field);
    }

    /** Nothing typed: show the form only, never "everyone". */
    public boolean blank() {
        return name.isEmpty() && dobDay.isEmpty() && dobMonth.isEmpty() && dobYear.isEmpty() && personId.isEmpty();
    }

    public FormErrors validate() {
        FormErrors errors = new FormErrors();
        if (name.length() > 100) {
            errors.add(NAME, "Name must be 100 characters or fewer");
        }
        FormDates.parse(DATE_OF_BIRTH, "date of birth", dobDay, dobMonth, dobYear, false, errors);
        if (!personId.isEmpty() && Ids.parse(personId).isEmpty()) {
            errors.add(PERSON_ID, "Person ID must be a number, like 10234");
        }
        return errors;
    }

    public Optional<LocalDate> dateOfBirth() {
        return FormDates.parse(DATE_OF_BIRTH, "date of birth", dobDay, dobMonth, dobYear, false, new FormErrors());
    }

    public Optional<Long> personId() {
        return Ids.parse(personId);
    }

    /** The readings of the name, any of which may match; empty when no name was typed. */
    public List<NameClause> nameClauses() {
        String key = Person.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        int comma = key.indexOf(',');
        if (comma >= 0) {
            // "Smith, Amy": the way names are written on lists and letters
            String family = key.substring(0, comma).strip();
            String given = key.substring(comma + 1).strip().replace(",", " ").strip();
            return List.of(new NameClause(given.isEmpty() ? null : given, family.isEmpty() ? null : family));
        }
        List<String> words = Arrays.asList(key.split(" "));
        if (words.size() == 1 || words.size() > MAX_WORDS) {
            return List.of(new NameClause(key, null), new NameClause(null, key));
        }
        List<NameClause> clauses = new ArrayList<>();
        // Given names and family names both have spaces ("Mary Jane", "Van Dyke"): try every split, both ways round.
        for (int split = 1; split < words.size(); split++) {
            String first = String.join(" ", words.subList(0, split));
            String rest = String.join(" ", words.subList(split, words.size()));
            clauses.add(new NameClause(first, rest));
            clauses.add(new NameClause(rest, first));
        }
        // A whole name that is one given or one family name with spaces in it.
        clauses.add(new NameClause(null, key));
        clauses.add(new NameClause(key, null));
        return clauses;
    }

    /** What was searched for, by kind only (never the name typed): for the audit detail. */
    public String describe() {
        List<String> kinds = new ArrayList<>();
        if (!name.isEmpty()) {
            kinds.add("name");
        }
        if (dateOfBirth().isPresent()) {
            kinds.add("dob");
        }
        if (personId().isPresent()) {
            kinds.add("id");
        }
        return String.join(",", kinds);
    }

    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(NAME, name);
        values.put(DATE_OF_BIRTH + "Day", dobDay);
        values.put(DATE_OF_BIRTH + "Month", dobMonth);
        values.put(DATE_OF_BIRTH + "Year", dobYear);
        values.put(PERSON_ID, personId);
        return values;
    }

    /** The search as a query string ending in "&", for the pagination links. */
    public String queryString() {
        StringBuilder query = new StringBuilder();
        values().forEach((key, value) -> {
            String text = String.valueOf(value);
            if (!text.isEmpty()) {
                query.append(key).append('=').append(URLEncoder.encode(text, StandardCharsets.UTF_8)).append('&');
            }
        });
        return query.toString();
    }
}
