package vn.dangbo.portal.core.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;
import vn.dangbo.portal.core.text.VietnameseText;

/**
 * A person: candidate or member. Membership is not a field here but the person's dated events
 * ({@link MembershipEventEntity}). The national ID, date of birth and religion are sensitive personal
 * data (visible only to the staff of the member's own province).
 */
@Entity
@Table(name = "person")
public class PersonEntity extends IdentifiedEntity {

    @Column(name = "external_id", nullable = false)
    private String externalId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "search_key", nullable = false)
    private String searchKey;

    @Column(name = "sort_key", nullable = false)
    private String sortKey;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false)
    private Gender gender;

    @Column(name = "ethnicity")
    private String ethnicity;

    @Column(name = "religion")
    private String religion;

    @Column(name = "education")
    private String education;

    @Column(name = "residence_area_id")
    private Long residenceAreaId;

    @Column(name = "youth_union", nullable = false)
    private boolean youthUnion;

    @Column(name = "national_id")
    private String nationalId;

    @Column(name = "party_card_number")
    private String partyCardNumber;

    /** The province whose staff keep this record (docs/security.md); null only for records nobody owns. */
    @Column(name = "former_province")
    private String formerProvince;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected PersonEntity() {
        // for JPA
    }

    public PersonEntity(String externalId, PersonDetails details, LocalDateTime createdAt) {
        this.externalId = externalId;
        this.createdAt = createdAt;
        update(details);
    }

    /** Replaces the personal details (name stored NFC with its search and sort keys). */
    public final void update(PersonDetails details) {
        PersonDetails d = normalised(details);
        this.fullName = d.fullName();
        this.searchKey = VietnameseText.searchKey(fullName);
        this.sortKey = VietnameseText.sortKey(fullName);
        this.birthDate = d.birthDate();
        this.gender = d.gender();
        this.ethnicity = d.ethnicity();
        this.religion = d.religion();
        this.education = d.education();
        this.residenceAreaId = d.residenceAreaId();
        this.youthUnion = d.youthUnion();
        this.nationalId = d.nationalId();
        this.partyCardNumber = d.partyCardNumber();
    }

    /** The details as they are stored: texts NFC with whitespace collapsed, blanks as null where optional. */
    public static PersonDetails normalised(PersonDetails d) {
        return new PersonDetails(VietnameseText.normalize(d.fullName()), d.birthDate(), d.gender(),
                VietnameseText.normalize(d.ethnicity()), blankToNull(VietnameseText.normalize(d.religion())),
                VietnameseText.normalize(d.education()), d.residenceAreaId(), d.youthUnion(),
                blankToNull(d.nationalId()), blankToNull(d.partyCardNumber()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public PersonDetails details() {
        return new PersonDetails(fullName, birthDate, gender, ethnicity, religion, education, residenceAreaId,
                youthUnion, nationalId, partyCardNumber);
    }

    public String getExternalId() {
        return externalId;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getReligion() {
        return religion;
    }

    public String getFormerProvince() {
        return formerProvince;
    }

    /** Binds the record to the province whose staff created or imported it. */
    public void belongTo(String province) {
        this.formerProvince = province;
    }
}
