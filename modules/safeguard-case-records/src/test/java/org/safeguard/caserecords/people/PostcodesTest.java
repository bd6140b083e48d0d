package org.safeguard.caserecords.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PostcodesTest {

    @Test
    void postcodesAreStoredOneWayHoweverTyped() {
        assertEquals(Optional.of("PE15 8AA"), Postcodes.normalise("pe158aa"));
        assertEquals(Optional.of("PE15 8AA"), Postcodes.normalise("  PE15   8AA "));
        assertEquals(Optional.of("CB2 1TN"), Postcodes.normalise("cb2 1tn"));
        assertEquals(Optional.of("SW1A 1AA"), Postcodes.normalise("SW1A1AA"));
        assertEquals(Optional.of("M1 1AE"), Postcodes.normalise("m11ae"));
        assertEquals(Optional.of("GIR 0AA"), Postcodes.normalise("gir0aa"));
    }

    @Test
    void notAPostcodeIsRefused() {
        assertTrue(Postcodes.normalise("PE15").isEmpty());
        assertTrue(Postcodes.normalise("12345").isEmpty());
        assertTrue(Postcodes.normalise("PE15 8A1").isEmpty());
        assertTrue(Postcodes.normalise("PEE15 8AA").isEmpty());
        assertTrue(Postcodes.normalise("").isEmpty());
        assertTrue(Postcodes.normalise(null).isEmpty());
    }
}
