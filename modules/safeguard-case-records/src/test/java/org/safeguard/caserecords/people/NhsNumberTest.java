package org.safeguard.caserecords.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void theNhsExampleNumberIsValid() {
        assertTrue(NhsNumber.valid("9434765919"));
    }

    @Test
    void aWrongCheckDigitIsCaught() {
        assertFalse(NhsNumber.valid("9434765918"));
    }

    @Test
    void twoSwappedDigitsAreCaught() {
        assertFalse(NhsNumber.valid("4934765919"));
    }

    @Test
    void anotherWorkedExample() {
        // 4*10 + 0*9 + 1*8 + 0*7 + 2*6 + 3*5 + 2*4 + 1*3 + 3*2 = 92; 92 % 11 = 4; 11 - 4 = 7
        assertTrue(NhsNumber.valid("4010232137"));
        assertFalse(NhsNumber.valid("4010232136"));
    }

    @Test
    void aRemainderOfZeroGivesCheckDigitZero() {
        // 11 - 0 = 11, which the standard writes as 0
        assertEquals(0, NhsNumber.checkDigit("000000000").orElseThrow());
        assertTrue(NhsNumber.valid("0000000000"));
    }

    @Test
    void aCheckDigitOfTenMeansNoValidNumber() {
        // 1*10 + 1*2 = 12; 12 % 11 = 1; 11 - 1 = 10: no digit can be right
        assertTrue(NhsNumber.checkDigit("100000001").isEmpty());
        for (int digit = 0; digit <= 9; digit++) {
            assertFalse(NhsNumber.valid("100000001" + digit));
        }
    }

    @Test
    void spacesAndHyphensAreDroppedButOtherCharactersAreNot() {
        assertEquals("9434765919", NhsNumber.normalise("943 476 5919"));
        assertEquals("9434765919", NhsNumber.normalise("943-476-5919"));
        assertFalse(NhsNumber.wellFormed(NhsNumber.normalise("943 476 591")));
        assertFalse(NhsNumber.wellFormed(NhsNumber.normalise("94347659I9")));
    }
}
