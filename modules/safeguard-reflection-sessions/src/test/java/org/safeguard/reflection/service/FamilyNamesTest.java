package org.safeguard.reflection.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FamilyNamesTest {

    @Test
    void theWordFamilyIsAddedOnce() {
        assertEquals("Adams family", FamilyNames.label("Adams"));
        assertEquals("Hall family", FamilyNames.label("Hall family"));
        assertEquals("Hall Family", FamilyNames.label(" Hall Family "));
        assertEquals("Family", FamilyNames.label(null));
    }
}
