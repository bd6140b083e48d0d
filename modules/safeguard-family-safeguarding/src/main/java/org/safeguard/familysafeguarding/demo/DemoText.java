package org.safeguard.familysafeguarding.demo;

import java.util.List;
import java.util.Random;

import org.safeguard.familysafeguarding.model.Attendance;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.FactorKind;

/**
 * The words of the demo county's adult work: made up, in the plain style of real records, with
 * {@code %s} for the adult's first name. Nothing here describes a real person.
 */
final class DemoText {

    private DemoText() {
    }

    static <T> T pick(Random rnd, List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

    static String first(String fullName) {
        int space = fullName.indexOf(' ');
        return space < 0 ? fullName : fullName.substring(0, space);
    }

    /** Why a need ended, by discipline (in {@link Discipline} order). */
    static final List<String> FACTOR_ENDED = List.of(
            "%s has engaged with treatment for six months and tests have been negative since the spring. The children "
                    + "and school report that home is calmer.",
            "%s's GP and the community mental health team confirm %s is stable on medication and attending "
                    + "appointments; no concerns raised by the children or school for four months.",
            "No incidents reported by the police, school or the children for six months, and %s completed the "
                    + "programme. Safety plan reviewed with the family.");

    static String sessionNote(Random rnd, Discipline discipline, Attendance attendance, String adult) {
        List<String> bank = switch (attendance) {
            case DID_NOT_ATTEND -> List.of(
                    "No answer at the door at the agreed time. Left a card and texted %s to rearrange. Told the social "
                            + "worker the same day.",
                    "%s was not at the office appointment. Phoned twice, no answer. Will try a home visit next week "
                            + "instead of an appointment.");
            case CANCELLED -> List.of(
                    "%s rang in the morning to cancel: one of the children is unwell. Rearranged for next week.",
                    "Cancelled by me: covering a colleague's court hearing. Apologised to %s and rearranged.");
            case ATTENDED -> switch (discipline) {
                case SUBSTANCE_MISUSE -> List.of(
                        "Talked through %s's drinking over the last fortnight using the drink diary. %s says the "
                                + "weekends are hardest and wants to be sober on Saturdays when the children are home.",
                        "Reviewed %s's use since last week. Cut down from daily to three days. Talked about what the "
                                + "children notice when %s has used; %s became tearful and said they do not want the "
                                + "children to grow up the way they did.",
                        "Went through the harm reduction plan and safe storage of medication. %s agreed to a referral "
                                + "to the local recovery service and to a test next week.",
                        "Scaling: %s rated their confidence to stay off alcohol at 6 out of 10, up from 3. Explored what "
                                + "got them from 3 to 6: the support group and their sister.");
                case MENTAL_HEALTH -> List.of(
                        "Talked about %s's low mood and sleep. %s has been getting the children to school but stays in "
                                + "bed after. Agreed a small routine for the mornings and to see the GP about medication.",
                        "%s described panic attacks in the supermarket. Practised the breathing exercise together. %s "
                                + "wants to be able to take the children to the park again.",
                        "Reviewed the safety plan with %s. No thoughts of self-harm this week. Talked about who %s can "
                                + "call when things get bad and wrote the numbers on the fridge.",
                        "%s attended the first session of the wellbeing group and said it helped to meet other parents. "
                                + "Mood better this week; still struggling with evenings.");
                case DOMESTIC_ABUSE -> List.of(
                        "Worked through the safety plan with %s: safe word agreed with the eldest child, spare keys "
                                + "and phone. %s talked about the effect of the arguments on the children.",
                        "Session on healthy relationships. %s recognised the controlling behaviour around money and "
                                + "contact with family. Referred to the local domestic abuse service for the group.",
                        "Talked with %s about what the children saw and heard on the night of the incident. %s said "
                                + "for the first time that they want to change for the children's sake.",
                        "Reviewed %s's time-out plan and what they do when they feel the anger rising. Two times used "
                                + "this fortnight, no incidents reported by police or school.");
            };
        };
        return String.format(pick(rnd, bank).replace("%s", "%1$s"), adult);
    }

    static String goal(Random rnd, FactorKind kind) {
        List<String> bank = switch (kind) {
            case SUBSTANCE_MISUSE -> List.of(
                    "I will not drink on the days I have the children on my own, so they are safe and I can get them "
                            + "to school on time.",
                    "I will go to my recovery group every Tuesday and keep my test appointments.",
                    "I will keep my medication locked away and tell my keyworker if I use.");
            case MENTAL_HEALTH -> List.of(
                    "I will get up with the children every school morning and make their breakfast.",
                    "I will see my GP about my medication and go to the wellbeing group.",
                    "I will use my safety plan and call someone when I feel low instead of staying in bed.");
            case DOMESTIC_ABUSE_VICTIM -> List.of(
                    "I will keep my safety plan up to date and make sure the children know what to do if they are "
                            + "frightened.",
                    "I will go to the Freedom Programme group and talk to my worker about contact arrangements.");
            case DOMESTIC_ABUSE_PERPETRATOR -> List.of(
                    "I will use my time-out plan when I feel angry and not raise my voice in front of the children.",
                    "I will go to every session of the behaviour change programme.");
        };
        return pick(rnd, bank);
    }

    static String review(Random rnd, boolean better) {
        List<String> bank = better ? List.of(
                "%s has kept to the plan most weeks. The school says the children are arriving on time and seem more "
                        + "settled. %s says it is getting easier.",
                "Good fortnight: %s went to every appointment and the social worker saw the change on their visit too.",
                "%s talked openly about a difficult weekend and what they did differently. Steady progress.")
                : List.of(
                "%s missed two sessions and the school has raised concerns again. Talked honestly about what got in "
                        + "the way. No real change yet.",
                "Things slipped after %s's birthday. %s recognises this and wants to try again; the social worker "
                        + "is aware and will visit this week.");
        return pick(rnd, bank);
    }

    static String chapter(Random rnd, Discipline discipline, String family, String adult) {
        if (discipline == null) {
            return "The " + family + " family was referred after concerns from school about the children's attendance "
                    + "and presentation. The assessment found the children are loved but their needs are not always "
                    + "met at home because of what the adults are struggling with.\n"
                    + "Risks: the children are exposed to the adults' difficulties and sometimes left to care for "
                    + "themselves. Protective factors: a strong bond with their mother, a supportive grandmother, good "
                    + "relationships with school staff.\n"
                    + "Plan: weekly visits, the children seen alone, work with the adult practitioners on the parents' "
                    + "needs, and reflection on the family at every group case discussion.";
        }
        return switch (discipline) {
            case SUBSTANCE_MISUSE -> adult + " has used alcohol heavily since their early twenties and cannabis most "
                    + "days. The children say they do not like it when " + adult + " is \"sleepy\".\n"
                    + adult + " is ambivalent about change but wants to keep the children at home. Work agreed: "
                    + "fortnightly sessions using motivational interviewing, a drink diary, and a referral to the "
                    + "recovery service. Testing monthly.";
            case MENTAL_HEALTH -> adult + " has a history of depression and anxiety, worse since the youngest was born. "
                    + "On some days " + adult + " struggles to get up and the eldest gets the others ready for school.\n"
                    + "No current risk of self-harm. Work agreed: fortnightly sessions, a daily routine, GP review of "
                    + "medication and the wellbeing group. Liaison with the community mental health team.";
            case DOMESTIC_ABUSE -> "There have been three police call-outs to the home in the last year, two with the "
                    + "children present. " + adult + " has described controlling behaviour over money and friends.\n"
                    + "Safety plan in place. Work agreed: one-to-one sessions on the impact on the children, the "
                    + "Freedom Programme or the behaviour change programme as fits, and a multi-agency risk review.";
        };
    }

    static String summary(Random rnd, Discipline discipline, String family, String month) {
        if (discipline == null) {
            return "Four visits to the " + family + " family in " + month + ", the children seen alone twice. School "
                    + "attendance up to 92%. Group case discussion with the clinician: the team agreed progress is "
                    + "real but fragile; keep the plan as it is and review at the next core group.";
        }
        return pick(rnd, List.of(
                "Sessions in " + month + " kept to; the parent is more open and talked about the children's view for "
                        + "the first time. Goals reviewed, steady progress.",
                "A harder month: two missed sessions. Discussed with the social worker and the manager; more home "
                        + "visits and fewer appointments next month.",
                "Good engagement in " + month + ". The parent set their own goal for next month and the children's "
                        + "social worker has seen the change at home."));
    }
}
