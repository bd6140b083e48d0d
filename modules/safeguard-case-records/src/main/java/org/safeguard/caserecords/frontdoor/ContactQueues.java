package org.safeguard.caserecords.frontdoor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.safeguard.caserecords.model.Contact;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * The front door queue (awaiting a decision) and the MASH queue, oldest first. Built for a million
 * contacts: both filter on authority and status, the leading columns of {@code cr_contact_queue_idx},
 * so they read only the open contacts, a count and one page at a time.
 */
public class ContactQueues {

    /** One line of a queue; the child's name and nothing more of the contact. */
    public record Row(long contactId, long childId, String childName, LocalDate receivedOn, Contact.Source source,
                      long districtId, LocalDate mashEnteredOn) {}

    private final EntityManagerFactory factory;

    public ContactQueues(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public long count(QueueScope scope, Contact.Status status) {
        if (scope.empty()) {
            return 0;
        }
        return Transactions.read(factory, em -> bind(em.createQuery(
                "SELECT COUNT(c.id) FROM Contact c WHERE " + where(scope), Long.class), scope, status)
                .getSingleResult());
    }

    /** A page of the queue: awaiting decision by date received, MASH by date it went to MASH. */
    public List<Row> page(QueueScope scope, Contact.Status status, int offset, int limit) {
        if (scope.empty()) {
            return List.of();
        }
        String order = status == Contact.Status.IN_MASH
                ? " ORDER BY c.mashEnteredOn, c.receivedOn, c.id"
                : " ORDER BY c.receivedOn, c.id";
        return Transactions.read(factory, em -> {
            List<Object[]> rows = bind(em.createQuery(
                    "SELECT c.id, c.childId, p.givenName, p.familyName, c.receivedOn, c.source, c.districtId,"
                            + " c.mashEnteredOn FROM Contact c, Person p WHERE p.id = c.childId AND " + where(scope)
                            + order, Object[].class), scope, status)
                    .setFirstResult(offset).setMaxResults(limit)
                    .getResultList();
            List<Row> page = new ArrayList<>();
            for (Object[] row : rows) {
                page.add(new Row((Long) row[0], (Long) row[1], row[2] + " " + row[3], (LocalDate) row[4],
                        Contact.Source.valueOf((String) row[5]), (Long) row[6], (LocalDate) row[7]));
            }
            return page;
        });
    }

    private static String where(QueueScope scope) {
        return "c.authorityId = :authority AND c.status = :status"
                + (scope.wholeAuthority() ? "" : " AND c.districtId IN :districts");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, QueueScope scope, Contact.Status status) {
        query.setParameter("authority", scope.authorityId()).setParameter("status", status.name());
        if (!scope.wholeAuthority()) {
            query.setParameter("districts", new ArrayList<>(scope.districts()));
        }
        return query;
    }
}
