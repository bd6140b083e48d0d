package org.safeguard.fostering.model;

import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A foster carer household of one authority: the carers' home, who supervises them. Its approval,
 * reviews, training and de-registrations are rows of their own, so their history is kept.
 */
@Entity
@Table(name = "fo_household")
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "address_line1", nullable = false)
    private String addressLine1;

    @Column(name = "town", nullable = false)
    private String town;

    @Column(name = "postcode", nullable = false)
    private String postcode;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "phone")
    private String phone;

    @Column(name = "supervising_worker_id", nullable = false)
    private long supervisingWorkerId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by_user_id")
    private Long createdByUserId;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Household() {
    }

    public Household(long authorityId, String name, String addressLine1, String town, String postcode, Long districtId,
                     String phone, long supervisingWorkerId, LocalDateTime createdAt, Long createdByUserId) {
        this.authorityId = authorityId;
        this.createdAt = createdAt;
        this.createdByUserId = createdByUserId;
        change(name, addressLine1, town, postcode, districtId, phone, supervisingWorkerId);
    }

    public void change(String name, String addressLine1, String town, String postcode, Long districtId, String phone,
                       long supervisingWorkerId) {
        this.name = name;
        this.nameKey = key(name);
        this.addressLine1 = addressLine1;
        this.town = town;
        this.postcode = postcode;
        this.districtId = districtId;
        this.phone = phone;
        this.supervisingWorkerId = supervisingWorkerId;
    }

    /** What a search by name compares: lower case, single spaces. */
    public static String key(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public long id() {
        return id;
    }

    public long authorityId() {
        return authorityId;
    }

    public String name() {
        return name;
    }

    public String addressLine1() {
        return addressLine1;
    }

    public String town() {
        return town;
    }

    public String postcode() {
        return postcode;
    }

    public Long districtId() {
        return districtId;
    }

    public String phone() {
        return phone;
    }

    public long supervisingWorkerId() {
        return supervisingWorkerId;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
