package org.safeguard.caserecords.demo;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Words for the demo county: common English names, real towns with postcodes of the right areas,
 * and short, plain, name-free sentences of the kind practitioners write. Every person is made up by
 * combining these at random.
 */
final class DemoText {

    private DemoText() {
    }

    static final List<String> SURNAMES = List.of(
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "Harris", "Lewis", "Clark", "Cooper", "King", "Baker", "Turner", "Hill", "Moore", "Ward", "Parker",
            "Morris", "Cook", "Edwards", "Bell", "Carter", "Shaw", "Mills", "Hughes", "Kelly", "Hunt", "Barker",
            "Fisher", "Holmes", "Pearson", "Bailey", "Cox", "Mason", "Webb", "Marshall", "Chapman", "Ellis",
            "Knight", "Palmer", "Lloyd", "Gibson", "Reynolds", "Dixon", "Hudson", "Fletcher", "Lambert", "Payne",
            "Pratt", "Rowe", "Sutton", "Tucker", "Warren", "Gardner", "Newman", "Day", "Dawson", "Francis",
            "Harding", "Hayes", "Lawrence", "Murphy", "Nash", "Osborne", "Porter", "Read", "Riley", "Spencer",
            "Stevens", "Watts", "Butler", "Cole", "Howard", "Barnes", "Fox", "Grant", "Hart", "Lane", "Price");

    static final List<String> GIRLS = List.of(
            "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace",
            "Freya", "Willow", "Florence", "Emily", "Ella", "Poppy", "Evie", "Chloe", "Ruby", "Jessica", "Sophie",
            "Daisy", "Phoebe", "Holly", "Megan", "Lucy", "Millie", "Ellie", "Katie", "Lola", "Maisie", "Scarlett",
            "Harriet", "Amber", "Erin", "Imogen", "Charlotte", "Hannah", "Leah", "Niamh", "Zara", "Layla", "Paige");

    static final List<String> BOYS = List.of(
            "Oliver", "George", "Noah", "Arthur", "Leo", "Oscar", "Harry", "Jack", "Charlie", "Jacob", "Freddie",
            "Alfie", "Thomas", "Archie", "Henry", "Theo", "Joshua", "James", "William", "Lucas", "Max", "Ethan",
            "Riley", "Mason", "Logan", "Tyler", "Kai", "Jayden", "Callum", "Liam", "Dylan", "Harvey", "Lewis",
            "Ben", "Reece", "Connor", "Kyle", "Jamie", "Sam", "Toby", "Louie", "Finley", "Ryan", "Owen");

    /**
     * Young people who arrive in the county alone (unaccompanied asylum-seeking children): names from
     * the countries most arrive from. Fictional people.
     */
    static final List<String> UASC_BOYS = List.of("Ahmad", "Mohammed", "Yonas", "Dawit", "Abdullah", "Hamid", "Kidane",
            "Omar", "Mustafa", "Samuel", "Bilal", "Tesfay", "Ali", "Nguyen", "Arben");
    static final List<String> UASC_GIRLS = List.of("Selam", "Aster", "Fatima", "Mariam", "Helen", "Zahra");
    static final List<String> UASC_SURNAMES = List.of("Ahmadi", "Tesfamariam", "Haile", "Rahimi", "Osman", "Yousef",
            "Mohammadi", "Gebremedhin", "Hussaini", "Abdi", "Tran", "Krasniqi", "Ibrahim", "Karimi", "Berhane");

    /** How an unaccompanied young person comes to the front door. */
    static final Concern UASC_ARRIVAL = new Concern("POLICE",
            "Police found a young person who arrived in the country alone, with no adult caring for them; they asked for asylum.",
            true);

    static final List<String> WOMEN = List.of(
            "Sarah", "Emma", "Laura", "Rebecca", "Gemma", "Claire", "Kirsty", "Stacey", "Natalie", "Amy",
            "Hayley", "Kelly", "Danielle", "Samantha", "Nicola", "Michelle", "Lisa", "Jodie", "Leanne", "Vicky",
            "Charlotte", "Jade", "Kayleigh", "Zoe", "Louise", "Joanne", "Donna", "Tracey", "Lauren", "Becky");

    static final List<String> MEN = List.of(
            "Daniel", "Mark", "Lee", "Craig", "Wayne", "Paul", "Darren", "Jason", "Scott", "Dean", "Gary",
            "Stuart", "Carl", "Adam", "Ryan", "Matthew", "Chris", "Steven", "Jamie", "Ashley", "Martin", "Kevin",
            "Shaun", "Anthony", "Richard", "Michael", "Nathan", "Ross", "Aaron", "Luke");

    static final List<String> STREETS = List.of(
            "Station Road", "High Street", "Church Lane", "Mill Road", "School Lane", "Victoria Road", "Queens Road",
            "The Crescent", "Orchard Close", "Manor Way", "Park Avenue", "Elm Road", "Willow Drive", "Meadow Way",
            "Windsor Close", "York Road", "Chapel Street", "Bridge Street", "Market Street", "Green Lane",
            "Field Close", "Ash Grove", "Beech Avenue", "Brook Street", "Cherry Tree Close", "Falcon Way",
            "Kingfisher Drive", "Lancaster Way", "Nene Parade", "Ouse Walk", "Primrose Hill", "Rectory Lane",
            "Saxon Way", "Thorpe Road", "Westfield Road", "Wharf Road", "Riverside", "Coronation Avenue");

    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** Towns by district, each with postcode districts of its area. */
    record Town(String name, List<String> postcodeDistricts) {}

    private static final Map<String, List<Town>> TOWNS = Map.of(
            "fenland", List.of(new Town("March", List.of("PE15")), new Town("Wisbech", List.of("PE13", "PE14")),
                    new Town("Whittlesey", List.of("PE7")), new Town("Chatteris", List.of("PE16"))),
            "huntingdonshire", List.of(new Town("Huntingdon", List.of("PE29")), new Town("St Neots", List.of("PE19")),
                    new Town("St Ives", List.of("PE27")), new Town("Ramsey", List.of("PE26"))),
            "cambridge city", List.of(new Town("Cambridge", List.of("CB1", "CB2", "CB3", "CB4", "CB5"))),
            "south cambridgeshire", List.of(new Town("Cambourne", List.of("CB23")), new Town("Sawston", List.of("CB22")),
                    new Town("Histon", List.of("CB24"))),
            "east cambridgeshire", List.of(new Town("Ely", List.of("CB7")), new Town("Soham", List.of("CB7")),
                    new Town("Littleport", List.of("CB6"))),
            "peterborough", List.of(new Town("Peterborough", List.of("PE1", "PE2", "PE3", "PE4"))));

    /** A district the demo does not know (a renamed or new one) still gets an address: its own name as the town. */
    static List<Town> towns(String districtName) {
        List<Town> towns = TOWNS.get(districtName.toLowerCase(Locale.UK).trim());
        return towns != null ? towns : List.of(new Town(districtName, List.of("PE1")));
    }

    static String postcode(Random rnd, Town town) {
        return pick(rnd, town.postcodeDistricts()) + " " + rnd.nextInt(10)
                + INWARD_LETTERS.charAt(rnd.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(rnd.nextInt(INWARD_LETTERS.length()));
    }

    /** From the range NHS England reserves for testing (999 000 0000 to 999 999 9999), with a valid check digit. */
    static String testNhsNumber(Random rnd) {
        while (true) {
            int[] digits = new int[10];
            digits[0] = 9;
            digits[1] = 9;
            digits[2] = 9;
            for (int i = 3; i < 9; i++) {
                digits[i] = rnd.nextInt(10);
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += digits[i] * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            if (check == 10) {
                continue;
            }
            digits[9] = check;
            StringBuilder s = new StringBuilder();
            for (int d : digits) {
                s.append(d);
            }
            return s.toString();
        }
    }

    /** A contact: who it came from and what they said, in the words a front door worker would record. */
    record Concern(String source, String summary, boolean oneChild) {}

    static final List<Concern> CONCERNS = List.of(
            new Concern("POLICE", "Police attended a report of a domestic incident at the home; the children were present.", false),
            new Concern("POLICE", "Police were called to an argument between the adults at the address; no injuries were seen.", false),
            new Concern("POLICE", "Police found the young person out late at night with older teenagers and took them home.", true),
            new Concern("POLICE", "Police attended after a neighbour heard shouting; a parent appeared intoxicated.", false),
            new Concern("SCHOOL", "School report the child has arrived hungry and in unwashed clothing several times this term.", true),
            new Concern("SCHOOL", "School noticed a bruise on the child's arm; the explanation given was inconsistent.", true),
            new Concern("SCHOOL", "Attendance has fallen below 80% this term and the family have not answered letters.", true),
            new Concern("SCHOOL", "The child told a teacher they are frightened when the adults at home argue.", true),
            new Concern("HEALTH", "Health visitor is worried about the home conditions and the baby's weight gain.", true),
            new Concern("HEALTH", "A&E attendance for an injury to the child; the account of how it happened changed.", true),
            new Concern("HEALTH", "Midwife reports the mother disclosed heavy drinking and low mood in pregnancy.", false),
            new Concern("GP", "GP is concerned about a parent's deteriorating mental health and the care of the children.", false),
            new Concern("GP", "GP reports missed immunisations and hospital appointments for the children.", false),
            new Concern("PARENT_OR_FAMILY", "A grandparent is worried a parent is drinking heavily while caring for the children.", false),
            new Concern("PARENT_OR_FAMILY", "A parent is asking for help with the child's behaviour and says they cannot cope.", true),
            new Concern("NEIGHBOUR_OR_PUBLIC", "A neighbour reports frequent shouting and the children left alone in the evenings.", false),
            new Concern("EARLY_HELP", "Early help worker reports the family have stopped engaging and the neglect concerns have grown.", false),
            new Concern("HOUSING", "Housing officer found the property in very poor condition during an inspection.", false),
            new Concern("ANONYMOUS", "An anonymous caller is worried the children are left alone while the adults go out.", false),
            new Concern("OTHER", "A youth worker is concerned the young person is going missing and spending time with older adults.", true));

    static final Map<String, String> OUTCOME_REASONS = Map.of(
            "NO_FURTHER_ACTION", "Information shared with the referrer; no role for children's social care at present.",
            "ADVICE_SIGNPOST", "Advice given to the referrer; the family signposted to local support services.",
            "EARLY_HELP", "The family agreed to an early help assessment; passed to the Early Help hub.",
            "REFERRAL", "The threshold for a single assessment is met.");

    static final String LINKED_TO_OPEN_CASE = "The child has an open case: passed to the allocated worker.";

    static final Map<String, String> ANALYSES = Map.of(
            "NO_FURTHER_ACTION", "The concerns were not substantiated. Parenting is good enough and the family have support around them.",
            "EARLY_HELP", "Needs are below the threshold for social care; the family would benefit from early help with routines and school attendance.",
            "CHILD_IN_NEED", "The child's development is likely to be impaired without services. Parents consent to a child in need plan.",
            "CHILD_PROTECTION", "There is reasonable cause to suspect the child is suffering, or likely to suffer, significant harm.",
            "CARE_PROCEEDINGS", "Risks remain high despite support; legal advice sought on issuing care proceedings.");

    /** Visits to a child in care where they live (foster home, children's home, supported lodgings). */
    static final List<String> CARE_VISITS = List.of(
            "Visited at the placement. Seen alone in their room; said they feel settled and talked about school and friends.",
            "Visited at the placement. The carer reports a good month; the young person showed me a project from school.",
            "Visited at the placement and seen alone. Talked about family time with their mother, which they look forward to.",
            "Visited at the placement. Some unsettled nights this month; agreed with the carer to raise it at the next review.",
            "Visited at the placement. Seen alone; no worries raised. Went through the plan for the coming months together.",
            "Visited at the placement with the independent visitor present at the young person's request. All well.");

    static final List<String> HOME_VISITS_ALONE = List.of(
            "Home visit. The child was seen alone in their bedroom and said things at home have been calmer.",
            "Home visit, unannounced. The child was seen alone; there was food in the cupboards and the beds were made up.",
            "Home visit. The child was seen alone and talked about school and a new friend; no new worries shared.",
            "Home visit. The child was seen alone and drew a picture of the family; spoke warmly about both parents.",
            "Home visit. The child was seen alone and said they sometimes worry about mum; we talked about who they can tell.",
            "Home visit. The child was seen alone in the garden; appeared well cared for and relaxed.");

    static final List<String> HOME_VISITS_WITH_PARENT = List.of(
            "Home visit. The child was seen with the parent present; the home was warm and tidy.",
            "Home visit. The baby was seen, clean and alert; the parent was tired and agreed to see the GP about low mood.",
            "Home visit. The child was seen with siblings; the parent engaged well and talked through the plan.",
            "Home visit. The child was seen; the home conditions had deteriorated and the parent agreed a cleaning plan.");

    static final List<String> SCHOOL_VISITS = List.of(
            "School visit. The child was seen alone in the library and said they feel safe at home.",
            "School visit. The child was seen alone; the class teacher reports better attendance and concentration.");

    static final List<String> OFFICE_VISITS = List.of(
            "Office visit. The young person came in with their parent and was seen alone for part of the meeting.");

    static final List<String> OTHER_NOTES = List.of(
            "Phone call with the school: attendance this week was 100% and the child seems settled.",
            "Phone call with the health visitor: the baby has been weighed and is gaining weight.",
            "Core group meeting held; the plan was reviewed and actions updated.",
            "Group case discussion with the clinician; risks and protective factors reviewed and next steps agreed.",
            "Parent attended the first session of the substance misuse programme with the adult practitioner.",
            "Supervision: the case was discussed with the manager and the plan for the next month agreed.",
            "Phone call with the parent, who cancelled tomorrow's appointment; rearranged for next week.",
            "Domestic abuse practitioner met the parent; safety plan reviewed and updated.");

    static final Map<String, String> NOTE_KINDS = Map.of(
            OTHER_NOTES.get(0), "PHONE_CALL", OTHER_NOTES.get(1), "PHONE_CALL", OTHER_NOTES.get(2), "MEETING",
            OTHER_NOTES.get(3), "MEETING", OTHER_NOTES.get(4), "NOTE", OTHER_NOTES.get(5), "NOTE",
            OTHER_NOTES.get(6), "PHONE_CALL", OTHER_NOTES.get(7), "MEETING");

    static final List<String> STRATEGY_ATTENDEES = List.of(
            "Social worker, team manager, police, school designated safeguarding lead, health visitor",
            "Social worker, team manager, police child abuse investigation unit, school nurse",
            "Social worker, MASH manager, police, GP, school designated safeguarding lead");

    /** Things that happen to a family that the chronology should show. */
    record Event(String title, String detail) {}

    static final List<Event> EVENTS = List.of(
            new Event("Police called to the home", "Police attended after a report of an argument; no arrests."),
            new Event("Child moved school", "Started at a new school after the family moved within the town."),
            new Event("Parent started a treatment programme", "Began a community alcohol treatment programme."),
            new Event("Child admitted to hospital", "Admitted overnight with a chest infection; discharged home."),
            new Event("Non-molestation order granted", "The court granted a non-molestation order for one year."),
            new Event("Parent moved out", "One parent moved out of the family home."));

    static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }
}
