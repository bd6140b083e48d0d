package org.safeguard.familysafeguarding.family;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.familysafeguarding.model.FactorKind;
import org.safeguard.familysafeguarding.model.FactorSource;
import org.safeguard.familysafeguarding.web.Options;
import org.safeguard.familysafeguarding.web.Text;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.WebRequest;

/** "Record a toxic-trio factor": which adult, which factor, where it came from, when and by whom. Pure rules. */
public final class FactorForm {

    static final String ADULT = "adultPersonId";
    static final String KIND = "kind";
    static final String SOURCE = "source";
    static final String IDENTIFIED_ON = "identifiedOn";
    static final String IDENTIFIED_BY = "identifiedBy";
    static final int IDENTIFIED_BY_MAX = 200;

    /** An adult's factor that is recorded and still open: the same one cannot be recorded twice. */
    public record OpenFactor(long adultPersonId, FactorKind kind) {}

    /** What a valid form saves. */
    public record Content(FamilyMember adult, FactorKind kind, FactorSource source, LocalDate identifiedOn,
                          String identifiedBy) {}

    private final String adult;
    private final String kind;
    private final String source;
    private final String day;
    private final String month;
    private final String year;
    private final String identifiedBy;

    public FactorForm(String adult, String kind, String source, String day, String month, String year,
                      String identifiedBy) {
        this.adult = Text.clean(adult);
        this.kind = Text.clean(kind);
        this.source = Text.clean(source);
        this.day = Text.clean(day);
        this.month = Text.clean(month);
        this.year = Text.clean(year);
        this.identifiedBy = Text.clean(identifiedBy);
    }

    public static FactorForm from(WebRequest request) {
        return new FactorForm(field(request, ADULT), field(request, KIND), field(request, SOURCE),
                field(request, IDENTIFIED_ON + "Day"), field(request, IDENTIFIED_ON + "Month"),
                field(request, IDENTIFIED_ON + "Year"), field(request, IDENTIFIED_BY));
    }

    /** A blank form with the adult chosen (from the family page's link) and the user as who identified it. */
    public static FactorForm blank(String adult, String userName) {
        return new FactorForm(adult, "", "", "", "", "", userName);
    }

    /**
     * @param adults the family's adults now
     * @param open   factors already open on this family
     */
    public FormErrors validate(List<FamilyMember> adults, Set<OpenFactor> open, LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<FamilyMember> who = adult(adults);
        if (who.isEmpty()) {
            errors.add(ADULT, "Select the adult this factor affects");
        }
        Optional<FactorKind> chosen = FactorKind.parse(kind);
        if (chosen.isEmpty()) {
            errors.add(KIND, "Select the factor");
        } else if (who.isPresent() && open.contains(new OpenFactor(who.get().personId(), chosen.get()))) {
            errors.add(KIND, who.get().name() + " already has " + chosen.get().label().toLowerCase()
                    + " recorded. End that one first if it stopped and has started again");
        }
        if (FactorSource.parse(source).isEmpty()) {
            errors.add(SOURCE, "Select where the factor was identified");
        }
        Optional<LocalDate> on = FormDates.parse(IDENTIFIED_ON, "date it was identified", day, month, year, true, errors);
        FormDates.notInFuture(on, today, IDENTIFIED_ON, "date it was identified", errors);
        if (identifiedBy.isEmpty()) {
            errors.add(IDENTIFIED_BY, "Enter who identified it");
        } else if (identifiedBy.length() > IDENTIFIED_BY_MAX) {
            errors.add(IDENTIFIED_BY, "Who identified it must be " + IDENTIFIED_BY_MAX + " characters or fewer");
        }
        return errors;
    }

    /** What to save; only after {@link #validate} found nothing. */
    public Content content(List<FamilyMember> adults) {
        return new Content(adult(adults).orElseThrow(), FactorKind.parse(kind).orElseThrow(),
                FactorSource.parse(source).orElseThrow(),
                FormDates.parse(IDENTIFIED_ON, "date", day, month, year, true, new FormErrors()).orElseThrow(),
                identifiedBy);
    }

    private Optional<FamilyMember> adult(List<FamilyMember> adults) {
        Optional<Long> id = Ids.parse(adult);
        return id.flatMap(personId -> adults.stream().filter(a -> a.personId() == personId).findFirst());
    }

    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ADULT, adult);
        values.put(KIND, kind);
        values.put(SOURCE, source);
        values.put(IDENTIFIED_ON + "Day", day);
        values.put(IDENTIFIED_ON + "Month", month);
        values.put(IDENTIFIED_ON + "Year", year);
        values.put(IDENTIFIED_BY, identifiedBy);
        return values;
    }

    public List<Map<String, Object>> adultOptions(List<FamilyMember> adults) {
        return Options.radios(ADULT, adults.stream()
                .map(a -> new Options.Choice(String.valueOf(a.personId()), a.name(), a.description())).toList(), adult);
    }

    public List<Map<String, Object>> kindOptions() {
        return Options.radios(KIND, Arrays.stream(FactorKind.values())
                .map(k -> Options.Choice.of(k.name(), k.label())).toList(), kind);
    }

    public List<Map<String, Object>> sourceOptions() {
        return Options.radios(SOURCE, Arrays.stream(FactorSource.values())
                .map(s -> Options.Choice.of(s.name(), s.label())).toList(), source);
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("");
    }
}
