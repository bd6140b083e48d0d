package org.safeguard.reflection.demo;

import java.util.List;
import java.util.Random;

import org.safeguard.reflection.model.RiskRating;

/**
 * Plain, name-free sentences of the kind a team writes at a group case discussion, combined at
 * random for the demo county. The themes are the seeds': the toxic trio (substance misuse,
 * domestic abuse, parental mental health), neglect, and keeping the child's lived experience in view.
 */
final class DemoDiscussions {

    private DemoDiscussions() {
    }

    static final List<String> HYPOTHESES = List.of(
            "Mum's drinking may be her way of coping with the loss of her own mother last year; the children have "
                    + "become her carers on bad days.",
            "The parents' conflict seems to peak around contact handovers; the eldest child may be holding the "
                    + "family together by keeping quiet at school.",
            "Dad's reluctance to engage may come from his own experience of care as a child: professionals feel "
                    + "like a threat to him.",
            "The family may be showing us compliance rather than change: appointments are kept but little is "
                    + "different at home.",
            "Grandmother's support looks central; when she is unwell, the household routines collapse.",
            "The new partner may be isolating mum from her friends and family, which would explain her withdrawal "
                    + "from the children's centre.");

    static final List<String> RISKS = List.of(
            "Ongoing cannabis and alcohol use by both parents; the children are left unsupervised in the evenings.",
            "Two police call-outs for domestic abuse in the last three months; the children were in the house.",
            "Mum's mental health has deteriorated since she stopped her medication; she spends days in bed.",
            "Home conditions are poor again: little food in the house and the youngest's nappy rash has returned.",
            "Missed health appointments for the youngest child, including the two-year check.",
            "School attendance has fallen to 72% and the eldest arrived hungry on four mornings.");

    static final List<String> PROTECTIVE = List.of(
            "Maternal grandmother lives nearby and has the children after school three days a week.",
            "Mum is engaging with the adult practitioner and has attended four of five sessions.",
            "The children have a warm relationship with their father, who has stayed sober since March.",
            "School is a safe place for the children and staff know them well; the eldest talks to the learning mentor.",
            "Dad has completed the first part of the domestic abuse perpetrator programme.",
            "The family has moved to a larger flat and the children now have their own beds.");

    static final List<String> LIVED = List.of(
            "The eldest told her teacher she worries about mum at night and checks on her before school.",
            "The children's days are more predictable: breakfast at school club, tea at grandmother's, bedtime at eight.",
            "The youngest is meeting milestones now he attends nursery; staff describe him as settled and chatty.",
            "The children say the shouting has stopped since dad moved out, but they miss him and want to see him.",
            "The middle child has started wetting the bed again and is reluctant to go home after school.",
            "The children describe weekends as boring and lonely; they rarely leave the flat.");

    static final List<String> DECISIONS = List.of(
            "Continue the plan; review at the next core group.",
            "Seek legal advice about pre-proceedings if there is no change by the review conference.",
            "Refer mum to the perinatal mental health team.",
            "Increase visits to weekly, including one unannounced.",
            "Ask the adult practitioner to start motivational work with dad.",
            "Step down to child in need if the next two visits find the home safe.");

    static final List<String> ACTIONS = List.of(
            "Visit unannounced and see the children alone",
            "Arrange a family network meeting with grandmother",
            "Ask school for attendance and a note of what the children say",
            "Complete a chronology of police call-outs for the legal planning meeting",
            "Refer dad to the substance misuse adult practitioner",
            "Book the health visitor's home visit for the two-year check",
            "Write to mum's GP about her medication",
            "Update the safety plan with the domestic abuse practitioner",
            "Do direct work with the eldest about her worries at night",
            "Check the housing application and chase the repairs");

    static String pick(List<String> options, Random rnd) {
        return options.get(rnd.nextInt(options.size()));
    }

    /** How a family's rating moves over its discussions. */
    enum Trajectory {
        /** A long child protection plan where nothing gets better: the drift the seeds warn of. */
        STUCK,
        IMPROVING,
        STEADY;

        RiskRating rating(int discussion, RiskRating start) {
            return switch (this) {
                case STUCK -> start;
                case IMPROVING -> RiskRating.values()[Math.max(0, start.ordinal() - discussion / 2)];
                case STEADY -> start;
            };
        }
    }
}
