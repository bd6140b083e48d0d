package org.safeguard.familysafeguarding.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Derby and PostgreSQL take IN lists of a few hundred parameters comfortably; larger sets go in parts. */
final class Chunks {

    static final int SIZE = 500;

    private Chunks() {
    }

    static List<List<Long>> of(Collection<Long> ids) {
        List<Long> all = ids.stream().distinct().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            chunks.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return chunks;
    }
}
