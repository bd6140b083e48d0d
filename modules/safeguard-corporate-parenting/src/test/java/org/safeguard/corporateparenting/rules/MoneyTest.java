package org.safeguard.corporateparenting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void poundsAsPeopleTypeThem() {
        assertEquals(OptionalLong.of(100_000), Money.parsePence("1000"));
        assertEquals(OptionalLong.of(100_000), Money.parsePence("£1,000"));
        assertEquals(OptionalLong.of(95_050), Money.parsePence(" £950.5 "));
        assertEquals(OptionalLong.of(445_099), Money.parsePence("4450.99"));
        assertEquals(OptionalLong.of(0), Money.parsePence("0"));
    }

    @Test
    void anythingElseIsNotAnAmount() {
        for (String bad : new String[] {"", "ten pounds", "-50", "12.345", "1.2.3", "£", null, "1e5"}) {
            assertTrue(Money.parsePence(bad).isEmpty(), bad);
        }
    }

    @Test
    void shownInPoundsAndPence() {
        assertEquals("£1,000.00", Money.format(100_000));
        assertEquals("£0.07", Money.format(7));
        assertEquals("£3,800.50", Money.format(380_050));
        assertEquals("950.50", Money.plain(95_050));
    }
}
