package org.safeguard.caserecords.notes;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;

import org.safeguard.caserecords.model.CaseNote;
import org.safeguard.caserecords.model.CaseNoteRevision;
import org.safeguard.caserecords.model.SignificantEvent;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * Notes, their history and significant events. Every lookup of a note is by case AND note id, so
 * a note id from another case is simply not found.
 */
public final class CaseNoteRepository {

    private final EntityManagerFactory factory;

    public CaseNoteRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public long count(long caseId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT COUNT(n) FROM CaseNote n WHERE n.caseId = :case", Long.class)
                .setParameter("case", caseId).getSingleResult());
    }

    /** One page of the case's notes, newest first (by the day it happened, then by when it was written). */
    public List<CaseNote> page(long caseId, int offset, int size) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT n FROM CaseNote n WHERE n.caseId = :case"
                                + " ORDER BY n.occurredOn DESC, n.id DESC", CaseNote.class)
                .setParameter("case", caseId)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList());
    }

    /**
     * The first version of each of these edited notes: the note row describes its current version,
     * so who first wrote an edited note, and when, is on its first revision.
     */
    public Map<Long, CaseNoteRevision> firstVersions(Collection<Long> editedNoteIds) {
        Map<Long, CaseNoteRevision> first = new HashMap<>();
        if (editedNoteIds.isEmpty()) {
            return first; // an empty IN () is not valid SQL on Derby
        }
        Transactions.read(factory, em -> em.createQuery(
                        "SELECT r FROM CaseNoteRevision r WHERE r.noteId IN :notes AND r.revision = 1",
                        CaseNoteRevision.class)
                .setParameter("notes", editedNoteIds)
                .getResultList())
                .forEach(revision -> first.put(revision.noteId(), revision));
        return first;
    }

    public Optional<CaseNote> find(long caseId, long noteId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(CaseNote.class, noteId))
                .filter(note -> note.caseId() == caseId));
    }

    public CaseNote record(CaseNote note) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(note);
            em.flush(); // the id, for the audit entry and the redirect
            return note;
        });
    }

    /**
     * Replaces the note's current version, keeping it as a revision: both in one transaction, so a
     * failure leaves neither a history row without an edit nor an edit without its history.
     *
     * @param expectedRevision the revision the user was shown when they started editing
     * @return empty when the note is not (or no longer) on this case
     * @throws OptimisticLockException when someone else edited it meanwhile
     */
    public Optional<CaseNote> edit(long caseId, long noteId, int expectedRevision, NoteForm.Content content,
                                   String editorName, LocalDateTime nowUtc) {
        return Transactions.inTransaction(factory, em -> {
            CaseNote note = em.find(CaseNote.class, noteId);
            if (note == null || note.caseId() != caseId) {
                return Optional.<CaseNote>empty();
            }
            if (note.revision() != expectedRevision) {
                throw new OptimisticLockException("note " + noteId + " is at revision " + note.revision()
                        + ", the edit started from " + expectedRevision);
            }
            em.persist(note.supersede(nowUtc));
            note.revise(content.kind(), content.occurredOn(), content.childSeen(), content.seenAlone(),
                    content.statutory(), content.body(), editorName, nowUtc);
            // The version check ("WHERE revision = n") happens here, inside the transaction.
            em.flush();
            return Optional.of(note);
        });
    }

    /** Earlier versions, oldest first; the note itself is the latest. */
    public List<CaseNoteRevision> revisions(long noteId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT r FROM CaseNoteRevision r WHERE r.noteId = :note ORDER BY r.revision", CaseNoteRevision.class)
                .setParameter("note", noteId).getResultList());
    }

    public SignificantEvent record(SignificantEvent event) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(event);
            em.flush();
            return event;
        });
    }
}
