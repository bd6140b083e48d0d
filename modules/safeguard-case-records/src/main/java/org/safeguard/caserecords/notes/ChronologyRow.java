package org.safeguard.caserecords.notes;

import java.time.LocalDate;
import java.util.List;

import org.safeguard.caserecords.api.ChronologyEvent;

/** One row of the chronology table as shown; public so the template engine may call the accessors. */
public record ChronologyRow(LocalDate on, String category, List<String> summary, String recordedBy, String source) {

    static ChronologyRow of(ChronologyEvent event) {
        return new ChronologyRow(event.date(), event.category(), NoteView.paragraphs(event.summary()),
                event.recordedBy(), event.source());
    }
}
