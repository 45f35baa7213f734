package vn.dangbo.portal.core.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;

/** Attendance of the yearly update course for committee members. */
@Entity
@Table(name = "committee_training")
public class CommitteeTrainingEntity extends IdentifiedEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "course_date", nullable = false)
    private LocalDate courseDate;

    @Column(name = "course_name")
    private String courseName;

    protected CommitteeTrainingEntity() {
        // for JPA
    }

    public CommitteeTrainingEntity(long personId, LocalDate courseDate, String courseName) {
        this.personId = personId;
        this.courseDate = courseDate;
        this.courseName = courseName;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getCourseDate() {
        return courseDate;
    }

    public String getCourseName() {
        return courseName;
    }
}
