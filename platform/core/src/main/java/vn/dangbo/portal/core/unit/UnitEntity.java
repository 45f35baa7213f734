package vn.dangbo.portal.core.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.api.model.UnitKind;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;
import vn.dangbo.portal.core.text.VietnameseText;

/** An economic unit or private school: kind, location, validity. Worker counts are dated observations. */
@Entity
@Table(name = "economic_unit")
public class UnitEntity extends IdentifiedEntity {

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "search_key", nullable = false)
    private String searchKey;

    @Column(name = "sort_key", nullable = false)
    private String sortKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private UnitKind kind;

    @Column(name = "area_id")
    private Long areaId;

    @Column(name = "former_province", nullable = false)
    private String formerProvince;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected UnitEntity() {
        // for JPA
    }

    public UnitEntity(String code, String name, UnitKind kind, Long areaId, String formerProvince,
            LocalDate validFrom) {
        this.code = code;
        this.name = VietnameseText.normalize(name);
        this.searchKey = VietnameseText.searchKey(this.name);
        this.sortKey = VietnameseText.sortKey(this.name);
        this.kind = kind;
        this.areaId = areaId;
        this.formerProvince = formerProvince;
        this.validFrom = validFrom;
    }

    public void close(LocalDate last) {
        this.validTo = last;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Long getAreaId() {
        return areaId;
    }

    public String getFormerProvince() {
        return formerProvince;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
