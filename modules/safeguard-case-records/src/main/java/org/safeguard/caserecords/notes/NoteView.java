package org.safeguard.caserecords.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.safeguard.caserecords.model.CaseNote;
import org.safeguard.caserecords.model.CaseNoteRevision;

/**
 * A note (or one version of it) as the pages show it: exactly what is displayed. Public, so the
 * template engine may call the accessors.
 *
 * @param author      who first wrote the note (for a version in the history: who wrote that version)
 * @param recordedAt  when that was
 * @param editedBy    who wrote the current version, when the note was edited
 * @param supersededAt for a version in the history: when the next edit replaced it; null for the current one
 */
public record NoteView(Long id, String kind, LocalDate occurredOn, boolean visit, String childSeen, String seenAlone,
                       boolean statutory, List<String> paragraphs, String author, Instant recordedAt,
                       int revision, boolean edited, String editedBy, Instant editedAt, Instant supersededAt,
                       boolean canEdit) {

    /** The current version; {@code first} is its first revision when it was edited (null otherwise). */
    static NoteView of(CaseNote note, CaseNoteRevision first, boolean canEdit) {
        boolean edited = note.edited();
        String author = edited && first != null ? first.authorName() : note.authorName();
        LocalDateTime recorded = edited && first != null ? first.recordedAtUtc() : note.recordedAtUtc();
        return new NoteView(note.id(), note.kind().label(), note.occurredOn(), note.kind().visit(),
                yesNo(note.childSeen()), yesNo(note.seenAlone()), note.statutory(), paragraphs(note.body()),
                author, instant(recorded), note.revision(), edited,
                edited ? note.authorName() : null, edited ? instant(note.recordedAtUtc()) : null, null, canEdit);
    }

    /** The current version as the last entry of its own history. */
    static NoteView currentVersion(CaseNote note) {
        return new NoteView(note.id(), note.kind().label(), note.occurredOn(), note.kind().visit(),
                yesNo(note.childSeen()), yesNo(note.seenAlone()), note.statutory(), paragraphs(note.body()),
                note.authorName(), instant(note.recordedAtUtc()), note.revision(), note.edited(), null, null, null,
                false);
    }

    static NoteView earlierVersion(CaseNoteRevision revision) {
        return new NoteView(revision.noteId(), revision.kind().label(), revision.occurredOn(), revision.kind().visit(),
                yesNo(revision.childSeen()), yesNo(revision.seenAlone()), false, paragraphs(revision.body()),
                revision.authorName(), instant(revision.recordedAtUtc()), revision.revision(), false, null, null,
                instant(revision.supersededAtUtc()), false);
    }

    /** The text split at line breaks: HTML would otherwise run the lines together. */
    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** Lower case: shown inside a sentence, "Child seen: yes, seen alone: no". */
    private static String yesNo(Boolean value) {
        return value == null ? "not recorded" : value ? "yes" : "no";
    }
}
