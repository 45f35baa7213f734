package vn.dangbo.portal.core.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;
import vn.dangbo.portal.core.text.VietnameseText;

/** An administrative area (province, district, commune or ward, hamlet kinds) and its validity. */
@Entity
@Table(name = "area")
public class AreaEntity extends IdentifiedEntity {

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
    private AreaKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "former_province", nullable = false)
    private String formerProvince;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected AreaEntity() {
        // for JPA
    }

    public AreaEntity(String code, String name, AreaKind kind, Long parentId, String formerProvince,
            LocalDate validFrom) {
        this.code = code;
        this.name = VietnameseText.normalize(name);
        this.searchKey = VietnameseText.searchKey(this.name);
        this.sortKey = VietnameseText.sortKey(this.name);
        this.kind = kind;
        this.parentId = parentId;
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

    public AreaKind getKind() {
        return kind;
    }

    public Long getParentId() {
        return parentId;
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
