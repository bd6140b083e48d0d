package org.safeguard.corporateparenting.demo;

import java.util.List;
import java.util.Map;

import org.safeguard.corporateparenting.model.AlertConcern;

/** The demo county's providers, carers, schools and the words of case alerts. All fictional. */
final class DemoCareText {

    static final List<String> AGENCIES = List.of("Fenland Fostering Partnership", "Orchard Family Placements",
            "Eastern Counties Foster Care", "Brightwater Fostering", "Nene Valley Fostering");
    static final List<String> HOMES = List.of("Willow Lodge children's home", "The Meadows children's home",
            "Riverside House", "Oakfield children's home", "Chestnut Court");
    static final List<String> SUPPORTED = List.of("Cam Valley Supported Lodgings", "Ouse Housing Trust",
            "Fen Edge 16+ Service", "Station House supported accommodation");
    static final List<String> CARERS = List.of("Jane and Sam Hartley", "Priya Shah", "Mark and Lisa Dunmore",
            "Grace Okonkwo", "Tom and Hannah Reeve", "Margaret Elsworth", "Imran and Sara Baig", "Claire Fordham",
            "Peter and Ann Whitmore", "Joy Adebayo", "Neil and Donna Parrish", "Rachel Coates");
    static final List<String> ADOPTERS = List.of("Prospective adopters (approved by the regional adoption agency)");
    static final List<String> SCHOOLS = List.of("Thomas Clarkson Academy", "Neale-Wade Academy", "Sir Harry Smith Community College",
            "St Ivo Academy", "Hinchingbrooke School", "Witchford Village College", "Cromwell Community College",
            "Orchard Park Community Primary", "Alderman Jacobs School", "Townley Primary");
    static final List<String> RESPONSES = List.of(
            "The team manager has met the worker; the actions will be done before the next review.",
            "A permanence planning meeting has been booked and the plan will be updated.",
            "The overdue visit has happened; visits are now booked in advance.",
            "The health team has an appointment booked for next week.");
    static final List<String> RESOLUTIONS = List.of(
            "Satisfied that the plan is now progressing.", "Actions completed; the plan is back on track.",
            "Resolved at the review: the care plan was updated.");
    static final Map<AlertConcern, String> ALERTS = Map.of(
            AlertConcern.PERMANENCE_DRIFT, "No permanence plan agreed at the second review; a decision is needed.",
            AlertConcern.CARE_PLAN_ACTIONS, "Actions agreed at the last review have not been done.",
            AlertConcern.PLACEMENT_STABILITY, "Placement at risk; support for the carers has not been arranged.",
            AlertConcern.VISITS, "Statutory visits are overdue.",
            AlertConcern.HEALTH, "The initial health assessment has not happened.",
            AlertConcern.EDUCATION, "No school place and the personal education plan is out of date.",
            AlertConcern.FAMILY_TIME, "Family time agreed at the review has not started.",
            AlertConcern.OTHER, "Concern about the progress of the plan.");

    private DemoCareText() {
    }
}
