package org.safeguard.caserecords.journey;

import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.model.CasePlan;

/**
 * What {@link CaseJourney} needs to know about a case to say which actions are open.
 *
 * @param assessmentOpen            an assessment has not been completed yet
 * @param assessmentAwaitingSignOff an assessment is completed but not signed off
 * @param section47Open             a strategy discussion started a s.47 enquiry that has no outcome yet
 * @param initialConferencePending  an initial conference is due and not held
 * @param reviewConferencePending   a review conference is due and not held
 * @param openPlan                  the kind of the open plan; null when none is open
 */
public record JourneyState(CaseStage stage, boolean assessmentOpen, boolean assessmentAwaitingSignOff,
                           boolean section47Open, boolean initialConferencePending,
                           boolean reviewConferencePending, CasePlan.Kind openPlan) {

    public boolean open() {
        return stage != CaseStage.CLOSED;
    }
}
