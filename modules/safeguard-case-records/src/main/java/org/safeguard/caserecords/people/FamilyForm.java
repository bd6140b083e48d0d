package org.safeguard.caserecords.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.FormErrors;

/**
 * "Add a family" and "Change address": the household's name (only when adding), its address and
 * the district that serves it, which decides who may see the family.
 */
public final class FamilyForm {

    static final String NAME = "name";
    static final String LINE1 = "addressLine1";
    static final String LINE2 = "addressLine2";
    static final String TOWN = "town";
    static final String POSTCODE = "postcode";
    static final String DISTRICT = "districtId";

    private final String name;
    private final String line1;
    private final String line2;
    private final String town;
    private final String postcode;
    private final String district;

    private FamilyForm(String name, String line1, String line2, String town, String postcode, String district) {
        this.name = name;
        this.line1 = line1;
        this.line2 = line2;
        this.town = town;
        this.postcode = postcode;
        this.district = district;
    }

    public static FamilyForm read(Function<String, Optional<String>> field) {
        return new FamilyForm(Forms.text(field, NAME), Forms.text(field, LINE1), Forms.text(field, LINE2),
                Forms.text(field, TOWN), Forms.text(field, POSTCODE), Forms.text(field, DISTRICT));
    }

    public static FamilyForm of(String name, String line1, String line2, String town, String postcode, Long districtId) {
        return new FamilyForm(name == null ? "" : name, line1, line2 == null ? "" : line2, town, postcode,
                districtId == null ? "" : String.valueOf(districtId));
    }

    /**
     * @param withName     true when adding a family; the name is not changed with the address
     * @param districts    the districts the user may put the family in
     */
    public FormErrors validate(boolean withName, Set<Long> districts) {
        FormErrors errors = new FormErrors();
        if (withName) {
            Forms.required(errors, NAME, name, "Enter the family name", "Family name", 120);
        }
        Forms.required(errors, LINE1, line1, "Enter address line 1, typically the building and street",
                "Address line 1", 120);
        Forms.maxLength(errors, LINE2, line2, "Address line 2", 120);
        Forms.required(errors, TOWN, town, "Enter town or city", "Town or city", 80);
        if (postcode.isEmpty()) {
            errors.add(POSTCODE, "Enter postcode");
        } else if (Postcodes.normalise(postcode).isEmpty()) {
            errors.add(POSTCODE, "Enter a full UK postcode, like PE15 8AA");
        }
        if (district.isEmpty()) {
            errors.add(DISTRICT, "Select the district that serves the family");
        } else if (districtId().isEmpty() || !districts.contains(districtId().get())) {
            errors.add(DISTRICT, "Select one of the districts listed");
        }
        return errors;
    }

    public String name() {
        return name;
    }

    public String line1() {
        return line1;
    }

    /** null when blank: the column is optional. */
    public String line2() {
        return line2.isEmpty() ? null : line2;
    }

    public String town() {
        return town;
    }

    public String postcode() {
        return Postcodes.normalise(postcode).orElse(postcode);
    }

    public Optional<Long> districtId() {
        return Ids.parse(district);
    }

    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(NAME, name);
        values.put(LINE1, line1);
        values.put(LINE2, line2);
        values.put(TOWN, town);
        values.put(POSTCODE, postcode);
        values.put(DISTRICT, district);
        return values;
    }
}
