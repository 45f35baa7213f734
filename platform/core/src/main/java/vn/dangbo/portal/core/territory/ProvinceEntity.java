package vn.dangbo.portal.core.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A province, including those merged into another on 1 July 2025 (valid_to and merged_into set). */
@Entity
@Table(name = "province")
public class ProvinceEntity {

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "merged_into", length = 32)
    private String mergedInto;

    protected ProvinceEntity() {
        // for JPA
    }

    public ProvinceEntity(String code, String nameVi, String nameEn) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getMergedInto() {
        return mergedInto;
    }
}
