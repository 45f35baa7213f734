package vn.dangbo.portal.core.personal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Row of personal_data_access (V71); only ever inserted. */
@Entity
@Table(name = "personal_data_access")
class PersonalDataAccessEntity {

    @Id
    @SequenceGenerator(name = "personal_data_access_seq", sequenceName = "personal_data_access_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personal_data_access_seq")
    @Column(name = "id")
    private Long id;

    @Column(name = "accessed_at", nullable = false)
    private LocalDateTime accessedAt;  // UTC

    @Column(name = "reader", nullable = false, length = 64)
    private String reader;

    @Column(name = "reader_province", length = 32)
    private String readerProvince;

    @Column(name = "subject_ref", nullable = false, length = 64)
    private String subjectRef;

    @Column(name = "subject_province", length = 32)
    private String subjectProvince;

    @Column(name = "purpose", nullable = false, length = 200)
    private String purpose;

    protected PersonalDataAccessEntity() {
        // for JPA
    }

    PersonalDataAccessEntity(Instant accessedAt, String reader, String readerProvince, String subjectRef,
            String subjectProvince, String purpose) {
        this.accessedAt = LocalDateTime.ofInstant(accessedAt, ZoneOffset.UTC);
        this.reader = reader;
        this.readerProvince = readerProvince;
        this.subjectRef = subjectRef;
        this.subjectProvince = subjectProvince;
        this.purpose = purpose;
    }

    ProfileRead toRecord() {
        return new ProfileRead(id, accessedAt.toInstant(ZoneOffset.UTC), reader, readerProvince, subjectRef, subjectProvince, purpose);
    }
}
