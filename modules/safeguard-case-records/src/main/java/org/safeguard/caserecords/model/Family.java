package org.safeguard.caserecords.model;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A household at one address. Its district decides which teams may see it. */
@Entity
@Table(name = "cr_family")
public class Family {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "district_id", nullable = false)
    private long districtId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "address_line1", nullable = false)
    private String addressLine1;

    @Column(name = "address_line2")
    private String addressLine2;

    @Column(name = "town", nullable = false)
    private String town;

    @Column(name = "postcode", nullable = false)
    private String postcode;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAtUtc;

    protected Family() {
    }

    public Family(long authorityId, long districtId, String name, String addressLine1, String addressLine2,
                  String town, String postcode, LocalDateTime createdAtUtc) {
        this.authorityId = authorityId;
        this.districtId = districtId;
        this.name = name;
        this.createdAtUtc = createdAtUtc;
        moveTo(addressLine1, addressLine2, town, postcode);
    }

    public void moveTo(String addressLine1, String addressLine2, String town, String postcode) {
        this.addressLine1 = addressLine1;
        this.addressLine2 = addressLine2;
        this.town = town;
        this.postcode = postcode;
    }

    public void moveToDistrict(long districtId) {
        this.districtId = districtId;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long districtId() { return districtId; }
    public String name() { return name; }
    public String addressLine1() { return addressLine1; }
    public String addressLine2() { return addressLine2; }
    public String town() { return town; }
    public String postcode() { return postcode; }
    public LocalDateTime createdAtUtc() { return createdAtUtc; }
}
