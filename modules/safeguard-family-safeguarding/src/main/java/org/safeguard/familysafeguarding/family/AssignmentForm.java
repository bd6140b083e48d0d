package org.safeguard.familysafeguarding.family;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.DomesticAbuseWork;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.web.Options;
import org.safeguard.familysafeguarding.web.Text;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.WebRequest;

/**
 * "Assign an adult practitioner": which parent, which practitioner (the discipline comes with
 * them), for domestic abuse whether the work is with a victim or a perpetrator, and from when.
 * Pure rules, unit-tested.
 */
public final class AssignmentForm {

    static final String ADULT = "adultPersonId";
    static final String PRACTITIONER = "practitioner";
    static final String WORK = "domesticAbuseWork";
    static final String STARTED_ON = "startedOn";

    /** A practitioner a manager may assign: one of their team's adult practitioners, in one discipline. */
    public record PractitionerOption(long teamId, String teamName, long userId, String name, Discipline discipline) {

        public String value() {
            return userId + ":" + discipline.name();
        }

        public String label() {
            return name + " – " + discipline.practitioner().toLowerCase();
        }
    }

    /** What a valid form saves. */
    public record Content(FamilyMember adult, PractitionerOption practitioner, DomesticAbuseWork work,
                          LocalDate startedOn) {}

    private final String adult;
    private final String practitioner;
    private final String work;
    private final String day;
    private final String month;
    private final String year;

    public AssignmentForm(String adult, String practitioner, String work, String day, String month, String year) {
        this.adult = Text.clean(adult);
        this.practitioner = Text.clean(practitioner);
        this.work = Text.clean(work);
        this.day = Text.clean(day);
        this.month = Text.clean(month);
        this.year = Text.clean(year);
    }

    public static AssignmentForm from(WebRequest request) {
        return new AssignmentForm(field(request, ADULT), field(request, PRACTITIONER), field(request, WORK),
                field(request, STARTED_ON + "Day"), field(request, STARTED_ON + "Month"), field(request, STARTED_ON + "Year"));
    }

    public static AssignmentForm blank(String adult, LocalDate today) {
        return new AssignmentForm(adult, "", "", String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()));
    }

    /**
     * @param adults        the family's adults now
     * @param practitioners who the user may assign
     * @param open          the family's open assignments: the same practitioner, adult and discipline twice is refused
     */
    public FormErrors validate(List<FamilyMember> adults, List<PractitionerOption> practitioners,
                               Collection<PractitionerAssignment> open, LocalDate today) {
        FormErrors errors = new FormErrors();
        Optional<FamilyMember> who = adult(adults);
        if (who.isEmpty()) {
            errors.add(ADULT, "Select the adult the practitioner will work with");
        }
        Optional<PractitionerOption> chosen = practitioner(practitioners);
        if (chosen.isEmpty()) {
            errors.add(PRACTITIONER, "Select the practitioner");
        } else if (who.isPresent() && open.stream().anyMatch(a -> a.open()
                && a.practitionerUserId() == chosen.get().userId() && a.adultPersonId() == who.get().personId()
                && a.discipline() == chosen.get().discipline())) {
            errors.add(PRACTITIONER, chosen.get().name() + " already works with " + who.get().name() + " on "
                    + chosen.get().discipline().inSentence());
        }
        boolean domesticAbuse = chosen.map(p -> p.discipline() == Discipline.DOMESTIC_ABUSE).orElse(false);
        if (domesticAbuse && DomesticAbuseWork.parse(work).isEmpty()) {
            errors.add(WORK, "Select whether the work is with a victim or with a perpetrator");
        }
        Optional<LocalDate> on = FormDates.parse(STARTED_ON, "start date", day, month, year, true, errors);
        FormDates.notInFuture(on, today, STARTED_ON, "start date", errors);
        return errors;
    }

    public Content content(List<FamilyMember> adults, List<PractitionerOption> practitioners) {
        PractitionerOption chosen = practitioner(practitioners).orElseThrow();
        DomesticAbuseWork chosenWork = chosen.discipline() == Discipline.DOMESTIC_ABUSE
                ? DomesticAbuseWork.parse(work).orElseThrow() : null;
        return new Content(adult(adults).orElseThrow(), chosen, chosenWork,
                FormDates.parse(STARTED_ON, "date", day, month, year, true, new FormErrors()).orElseThrow());
    }

    private Optional<FamilyMember> adult(List<FamilyMember> adults) {
        return Ids.parse(adult).flatMap(id -> adults.stream().filter(a -> a.personId() == id).findFirst());
    }

    private Optional<PractitionerOption> practitioner(List<PractitionerOption> practitioners) {
        return practitioners.stream().filter(p -> p.value().equals(practitioner)).findFirst();
    }

    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(ADULT, adult);
        values.put(PRACTITIONER, practitioner);
        values.put(WORK, work);
        values.put(STARTED_ON + "Day", day);
        values.put(STARTED_ON + "Month", month);
        values.put(STARTED_ON + "Year", year);
        return values;
    }

    public List<Map<String, Object>> adultOptions(List<FamilyMember> adults) {
        return Options.radios(ADULT, adults.stream()
                .map(a -> new Options.Choice(String.valueOf(a.personId()), a.name(), a.description())).toList(), adult);
    }

    public List<Map<String, Object>> practitionerOptions(List<PractitionerOption> practitioners) {
        return Options.radios(PRACTITIONER, practitioners.stream()
                .map(p -> new Options.Choice(p.value(), p.label(), p.teamName())).toList(), practitioner);
    }

    public List<Map<String, Object>> workOptions() {
        return Options.radios(WORK, Arrays.stream(DomesticAbuseWork.values())
                .map(w -> Options.Choice.of(w.name(), w.label())).toList(), work);
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("");
    }
}
