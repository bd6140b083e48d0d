package org.safeguard.platform.persistence.testunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "test_person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    protected Person() {
    }

    public Person(String fullName) {
        this.fullName = fullName;
    }

    public Long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }
}
