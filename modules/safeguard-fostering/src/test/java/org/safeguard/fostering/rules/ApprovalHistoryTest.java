package org.safeguard.fostering.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safeguard.fostering.model.Approval;
import org.safeguard.fostering.model.Deregistration;

/** Approvals, changes of terms, de-registration and approving again, read as one timeline. */
class ApprovalHistoryTest {

    @Test
    void theLatestTermsOnADateAreInForceAndTheApprovalDatesFromTheFirst() {
        HouseholdFacts facts = Facts.household("Hartley")
                .approved(LocalDate.of(2020, 5, 1), 0, 10, 2)
                .approved(LocalDate.of(2023, 5, 1), 0, 14, 3)
                .build();
        ApprovalHistory history = new ApprovalHistory(facts.approvals(), facts.deregistrations());
        assertTrue(history.inForceOn(LocalDate.of(2020, 4, 30)).isEmpty(), "not approved yet");
        assertEquals(10, history.inForceOn(LocalDate.of(2023, 4, 30)).orElseThrow().ageTo());
        assertEquals(14, history.inForceOn(LocalDate.of(2023, 5, 1)).orElseThrow().ageTo());
        assertEquals(LocalDate.of(2020, 5, 1), history.approvedSince(LocalDate.of(2024, 1, 1)).orElseThrow());
    }

    @Test
    void deRegistrationEndsTheApprovalAndApprovingAgainStartsANewOne() {
        HouseholdFacts facts = Facts.household("Okonjo")
                .approved(LocalDate.of(2018, 1, 10), 0, 17, 2)
                .deregistered(LocalDate.of(2022, 6, 30))
                .approved(LocalDate.of(2025, 2, 1), 5, 17, 1)
                .build();
        ApprovalHistory history = new ApprovalHistory(facts.approvals(), facts.deregistrations());
        assertTrue(history.inForceOn(LocalDate.of(2023, 1, 1)).isEmpty());
        assertTrue(history.deregisteredOn(LocalDate.of(2023, 1, 1)).isPresent());
        assertEquals(LocalDate.of(2025, 2, 1), history.approvedSince(LocalDate.of(2026, 1, 1)).orElseThrow());
        assertTrue(history.newestFirst().get(0) instanceof Approval);
        assertTrue(history.newestFirst().get(1) instanceof Deregistration);
    }

    @Test
    void aDeRegistrationOnTheDayTermsChangedEndsThem() {
        HouseholdFacts facts = Facts.household("Walsh")
                .approved(LocalDate.of(2020, 1, 1), 0, 17, 2)
                .approved(LocalDate.of(2024, 1, 1), 0, 17, 1)
                .deregistered(LocalDate.of(2024, 1, 1))
                .build();
        assertTrue(new ApprovalHistory(facts.approvals(), facts.deregistrations())
                .inForceOn(LocalDate.of(2024, 1, 1)).isEmpty());
    }
}
