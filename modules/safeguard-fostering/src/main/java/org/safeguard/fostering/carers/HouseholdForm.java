package org.safeguard.fostering.carers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.fostering.data.HouseholdRepository.CarerDetails;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/**
 * A household's details: how it is known, its one or two carers, address, district, telephone and
 * supervising social worker. Used by "Add foster carers" (with the first approval) and "Change the
 * household's details".
 */
public final class HouseholdForm {

    static final String NAME = "name";
    static final String CARER1 = "carer1Name";
    static final String CARER1_DOB = "carer1Dob";
    static final String CARER2 = "carer2Name";
    static final String CARER2_DOB = "carer2Dob";
    static final String ADDRESS = "addressLine1";
    static final String TOWN = "town";
    static final String POSTCODE = "postcode";
    static final String DISTRICT = "districtId";
    static final String PHONE = "phone";
    static final String WORKER = "workerId";
    static final String VERSION = "version";

    /** The district choice for carers living outside the authority's districts. */
    static final String NO_DISTRICT = "none";

    static final List<String> FIELDS = List.of(NAME, CARER1, CARER2, ADDRESS, TOWN, POSTCODE, DISTRICT, PHONE, WORKER,
            VERSION);
    static final List<String> DATES = List.of(CARER1_DOB, CARER2_DOB);

    /** What a valid form saves. */
    public record Details(String name, List<CarerDetails> carers, String addressLine1, String town, String postcode,
                          Long districtId, String phone, long supervisingWorkerId) {}

    private final FormValues values;

    public HouseholdForm(FormValues values) {
        this.values = values;
    }

    public static HouseholdForm from(WebRequest request) {
        return new HouseholdForm(FormValues.read(request, FIELDS, DATES));
    }

    public FormValues values() {
        return values;
    }

    /** Checks every field; {@link #details()} is only valid when the errors are empty. */
    public FormErrors validate(Set<Long> districtIds, Set<Long> workerIds, LocalDate today, FormErrors errors) {
        values.required(NAME, 120, "Enter how the household is known, for example Jane and Sam Hartley",
                "How the household is known", errors);
        values.required(CARER1, 120, "Enter the first carer's full name", "The first carer's name", errors);
        Optional<LocalDate> dob1 = values.date(CARER1_DOB, "first carer's date of birth", false, errors);
        FormDates.notInFuture(dob1, today, CARER1_DOB, "first carer's date of birth", errors);
        values.optional(CARER2, 120, "The second carer's name", errors);
        Optional<LocalDate> dob2 = values.date(CARER2_DOB, "second carer's date of birth", false, errors);
        FormDates.notInFuture(dob2, today, CARER2_DOB, "second carer's date of birth", errors);
        if (values.blank(CARER2) && dob2.isPresent()) {
            errors.add(CARER2, "Enter the second carer's full name, or clear their date of birth");
        }
        values.required(ADDRESS, 120, "Enter the first line of the address", "The address", errors);
        values.required(TOWN, 80, "Enter the town or city", "The town or city", errors);
        if (values.blank(POSTCODE)) {
            errors.add(POSTCODE, "Enter the postcode");
        } else if (Postcodes.normalise(values.get(POSTCODE)).isEmpty()) {
            errors.add(POSTCODE, "Enter a real postcode, like CB3 0AP");
        }
        String district = values.get(DISTRICT);
        if (!NO_DISTRICT.equals(district) && !districtIds.contains(parse(district))) {
            errors.add(DISTRICT, "Choose the district the carers live in, or that they live outside the authority's districts");
        }
        String phone = values.get(PHONE);
        if (!phone.isEmpty() && (phone.length() > 30 || !phone.matches("[0-9 +()\\-]+") || phone.replaceAll("\\D", "").length() < 6)) {
            errors.add(PHONE, "Enter a telephone number, like 01632 960 001 or +44 808 157 0192");
        }
        if (!workerIds.contains(parse(values.get(WORKER)))) {
            errors.add(WORKER, "Choose the supervising social worker from the fostering team");
        }
        return errors;
    }

    public Details details() {
        List<CarerDetails> carers = new ArrayList<>();
        carers.add(new CarerDetails(values.get(CARER1), values.date(CARER1_DOB, "", false, new FormErrors()).orElse(null)));
        if (!values.blank(CARER2)) {
            carers.add(new CarerDetails(values.get(CARER2),
                    values.date(CARER2_DOB, "", false, new FormErrors()).orElse(null)));
        }
        String district = values.get(DISTRICT);
        return new Details(values.get(NAME).replaceAll("\\s+", " "), carers, values.get(ADDRESS), values.get(TOWN),
                Postcodes.normalise(values.get(POSTCODE)).orElseThrow(),
                NO_DISTRICT.equals(district) ? null : parse(district),
                values.blank(PHONE) ? null : values.get(PHONE), parse(values.get(WORKER)));
    }

    /** The hidden version the edit form was opened with; -1 when missing or tampered with. */
    public int version() {
        String version = values.get(VERSION);
        return version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
    }

    private static Long parse(String id) {
        return id != null && id.matches("\\d{1,18}") ? Long.parseLong(id) : null;
    }
}
