package vn.dangbo.portal.core.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.core.persistence.IdentifiedEntity;
import vn.dangbo.portal.core.text.VietnameseText;

/**
 * A party organisation. Its parent is kept over time in {@link OrganisationParentEntity}; the
 * successors take over its admissions and plans when it closes (the 2025 mergers).
 */
@Entity
@Table(name = "party_organisation")
public class OrganisationEntity extends IdentifiedEntity {

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "search_key", nullable = false)
    private String searchKey;

    @Column(name = "sort_key", nullable = false)
    private String sortKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false)
    private OrganisationType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", nullable = false)
    private Sector sector;

    @Column(name = "former_province", nullable = false)
    private String formerProvince;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ElementCollection
    @CollectionTable(name = "organisation_successor", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "successor_id")
    private Set<Long> successorIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "organisation_area", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "area_id")
    private Set<Long> areaIds = new HashSet<>();

    protected OrganisationEntity() {
        // for JPA
    }

    public OrganisationEntity(String code, String name, OrganisationType type, Sector sector, String formerProvince,
            Long unitId, LocalDate validFrom) {
        this.code = code;
        rename(name);
        this.type = type;
        this.sector = sector;
        this.formerProvince = formerProvince;
        this.unitId = unitId;
        this.validFrom = validFrom;
    }

    /** Stores the name NFC with its search and sort keys. */
    public final void rename(String newName) {
        this.name = VietnameseText.normalize(newName);
        this.searchKey = VietnameseText.searchKey(this.name);
        this.sortKey = VietnameseText.sortKey(this.name);
    }

    /** Closes it: {@code last} is its last day; the successors take over its admissions and plans. */
    public void close(LocalDate last, Set<Long> successors) {
        this.validTo = last;
        this.successorIds.addAll(successors);
    }

    public void serveArea(long areaId) {
        areaIds.add(areaId);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public Sector getSector() {
        return sector;
    }

    public String getFormerProvince() {
        return formerProvince;
    }

    public Long getUnitId() {
        return unitId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Set<Long> getSuccessorIds() {
        return Set.copyOf(successorIds);
    }

    public Set<Long> getAreaIds() {
        return Set.copyOf(areaIds);
    }

    /** Whether it exists on the date. */
    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
