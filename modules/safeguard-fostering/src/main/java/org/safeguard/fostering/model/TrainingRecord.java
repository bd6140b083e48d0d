package org.safeguard.fostering.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A course one carer (or, with no carer, every carer of the household) completed. */
@Entity
@Table(name = "fo_training")
public class TrainingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "carer_id")
    private Long carerId;

    @Column(name = "course", nullable = false)
    private String course;

    @Column(name = "course_title")
    private String courseTitle;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "recorded_by_user_id")
    private Long recordedByUserId;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected TrainingRecord() {
    }

    public TrainingRecord(long householdId, Long carerId, TrainingCourse course, String courseTitle,
                          LocalDate completedOn, Long recordedByUserId, String recordedByName,
                          LocalDateTime recordedAt) {
        this.householdId = householdId;
        this.carerId = carerId;
        this.course = course.name();
        this.courseTitle = courseTitle;
        this.completedOn = completedOn;
        this.recordedByUserId = recordedByUserId;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }

    public long id() {
        return id;
    }

    public long householdId() {
        return householdId;
    }

    public Long carerId() {
        return carerId;
    }

    public TrainingCourse course() {
        return TrainingCourse.valueOf(course);
    }

    /** The course as shown: its own title for "another course". */
    public String title() {
        return course() == TrainingCourse.OTHER && courseTitle != null ? courseTitle : course().label();
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String recordedByName() {
        return recordedByName;
    }
}
