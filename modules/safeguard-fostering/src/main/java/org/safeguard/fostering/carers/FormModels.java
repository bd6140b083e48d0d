package org.safeguard.fostering.carers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.model.ApprovalTerm;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.web.Fields;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.FormErrors;

/** The field models of the household and approval forms, shared by the pages that show them. */
final class FormModels {

    /** Roles in a fostering team that supervise carers. */
    static final EnumSet<Role> SUPERVISING = EnumSet.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER);

    private FormModels() {
    }

    /** Members of the authority's fostering teams who can supervise carers, by name. */
    static List<StaffMember> supervisingWorkers(FosteringContext context, long authorityId) {
        List<Long> fosteringTeams = context.organisation().teams(authorityId).stream()
                .filter(t -> t.type() == TeamType.FOSTERING).map(Team::id).toList();
        Map<Long, StaffMember> workers = new java.util.TreeMap<>();
        for (Long teamId : fosteringTeams) {
            for (StaffMember member : context.organisation().teamMembers(teamId)) {
                boolean supervises = member.active() && member.teamRoles().stream()
                        .anyMatch(r -> r.teamId() == teamId && SUPERVISING.contains(r.role()));
                if (supervises) {
                    workers.put(member.id(), member);
                }
            }
        }
        List<StaffMember> sorted = new ArrayList<>(workers.values());
        sorted.sort(java.util.Comparator.comparing(StaffMember::displayName));
        return sorted;
    }

    static Map<String, Object> household(FormValues values, FormErrors errors, List<District> districts,
                                         List<StaffMember> workers) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", Fields.text(HouseholdForm.NAME, "How the household is known",
                values.get(HouseholdForm.NAME), "For example, Jane and Sam Hartley", errors));
        fields.put("carer1Name", Fields.text(HouseholdForm.CARER1, "First carer's full name",
                values.get(HouseholdForm.CARER1), null, errors));
        fields.put("carer1Dob", Fields.date(HouseholdForm.CARER1_DOB, "First carer's date of birth (optional)",
                "For example, 27 3 1975", values.asMap(), errors));
        fields.put("carer2Name", Fields.text(HouseholdForm.CARER2, "Second carer's full name (optional)",
                values.get(HouseholdForm.CARER2), "Leave blank for a single carer", errors));
        fields.put("carer2Dob", Fields.date(HouseholdForm.CARER2_DOB, "Second carer's date of birth (optional)",
                null, values.asMap(), errors));
        fields.put("address", Fields.text(HouseholdForm.ADDRESS, "Address line 1", values.get(HouseholdForm.ADDRESS),
                null, errors));
        fields.put("town", Fields.text(HouseholdForm.TOWN, "Town or city", values.get(HouseholdForm.TOWN), null, errors));
        Map<String, Object> postcode = Fields.text(HouseholdForm.POSTCODE, "Postcode", values.get(HouseholdForm.POSTCODE),
                null, errors);
        postcode.put("width", "govuk-input--width-10");
        fields.put("postcode", postcode);
        List<Fields.Option> districtOptions = new ArrayList<>();
        for (District district : districts) {
            districtOptions.add(new Fields.Option(String.valueOf(district.id()), district.name()));
        }
        districtOptions.add(new Fields.Option(HouseholdForm.NO_DISTRICT, "Outside the authority's districts"));
        fields.put("district", Fields.radios(HouseholdForm.DISTRICT, "District", "Where the carers live",
                districtOptions, values.get(HouseholdForm.DISTRICT), errors));
        Map<String, Object> phone = Fields.text(HouseholdForm.PHONE, "Telephone (optional)", values.get(HouseholdForm.PHONE),
                null, errors);
        phone.put("width", "govuk-input--width-20");
        fields.put("phone", phone);
        List<Fields.Option> workerOptions = new ArrayList<>();
        workerOptions.add(new Fields.Option("", "Choose a worker"));
        for (StaffMember worker : workers) {
            workerOptions.add(new Fields.Option(String.valueOf(worker.id()), worker.displayName()));
        }
        fields.put("worker", Fields.select(HouseholdForm.WORKER, "Supervising social worker",
                "A member of the fostering team", workerOptions, values.get(HouseholdForm.WORKER), errors));
        return fields;
    }

    static Map<String, Object> approval(ApprovalForm form, FormErrors errors, String dateHint) {
        FormValues values = form.values();
        Map<String, Object> fields = new HashMap<>();
        List<Fields.Option> types = List.of(
                new Fields.Option(ApprovalType.MAINSTREAM.name(), ApprovalType.MAINSTREAM.label(),
                        "Any child the approval fits, short or long term"),
                new Fields.Option(ApprovalType.KINSHIP.name(), ApprovalType.KINSHIP.label(),
                        "Family or friends approved for a particular child"),
                new Fields.Option(ApprovalType.SHORT_BREAKS.name(), ApprovalType.SHORT_BREAKS.label(),
                        "Regular short stays for children who live at home"));
        fields.put("type", Fields.radios(ApprovalForm.TYPE, "Type of fostering", null, types,
                values.get(ApprovalForm.TYPE), errors));
        fields.put("ageFrom", Fields.number(ApprovalForm.AGE_FROM, "Youngest age", values.get(ApprovalForm.AGE_FROM),
                "In years, 0 for babies", errors, 3));
        fields.put("ageTo", Fields.number(ApprovalForm.AGE_TO, "Oldest age", values.get(ApprovalForm.AGE_TO),
                "In years, up to " + ApprovalTerms.OLDEST, errors, 3));
        List<Fields.Option> places = new ArrayList<>();
        for (int n = 1; n <= ApprovalTerms.USUAL_FOSTERING_LIMIT; n++) {
            places.add(new Fields.Option(String.valueOf(n), n == 1 ? "1 child" : n + " children"));
        }
        Map<String, Object> placesField = Fields.radios(ApprovalForm.PLACES, "How many children at once",
                "The usual fostering limit is three (Children Act 1989, Schedule 7)", places,
                values.get(ApprovalForm.PLACES), errors);
        placesField.put("small", true);
        fields.put("places", placesField);
        List<Fields.Option> terms = new ArrayList<>();
        for (ApprovalTerm term : ApprovalTerm.values()) {
            terms.add(new Fields.Option(term.name(), term.label()));
        }
        fields.put("terms", Fields.checkboxes(ApprovalForm.TERMS, "Terms of approval", "Select all that apply", terms,
                form.terms().stream().map(Enum::name).toList(), errors));
        fields.put("otherTerms", Fields.textarea(ApprovalForm.OTHER_TERMS, "Other terms (optional)",
                values.get(ApprovalForm.OTHER_TERMS), "For example, no children who smoke", ApprovalForm.OTHER_TERMS_MAX,
                errors));
        fields.put("connectedCase", Fields.number(ApprovalForm.CONNECTED_CASE, "Connected child's case number",
                values.get(ApprovalForm.CONNECTED_CASE), "Kinship carers only: the child they are approved for", errors,
                10));
        fields.put("approvedOn", Fields.date(ApprovalForm.APPROVED_ON, "Date of approval", dateHint, values.asMap(), errors));
        return fields;
    }
}
