package vn.dangbo.portal.core.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.dangbo.portal.core.area.AreaEntity;
import vn.dangbo.portal.core.organisation.OrganisationEntity;
import vn.dangbo.portal.core.person.PersonEntity;
import vn.dangbo.portal.core.security.CurrentUser;
import vn.dangbo.portal.core.unit.UnitEntity;

/**
 * Loads a record that belongs to one province (an area, a unit, an organisation, a person) by the id
 * an input names, and refuses (403) unless the caller is staff of that province. Every service that
 * reads or writes a province's records by id goes through here, so "of this province" is checked in
 * one place, before anything is read or written. A missing id is a 404 naming the input field.
 */
@Dependent
public class OwnedRecords {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    public AreaEntity area(Long id, String field) {
        AreaEntity area = Records.require(em, AreaEntity.class, id, field);
        currentUser.requireOwnRecord(area.getFormerProvince(), "Area " + id + " (" + field + ")");
        return area;
    }

    public UnitEntity unit(Long id, String field) {
        UnitEntity unit = Records.require(em, UnitEntity.class, id, field);
        currentUser.requireOwnRecord(unit.getFormerProvince(), "Unit " + id + " (" + field + ")");
        return unit;
    }

    public OrganisationEntity organisation(Long id, String field) {
        OrganisationEntity org = Records.require(em, OrganisationEntity.class, id, field);
        currentUser.requireOwnRecord(org.getFormerProvince(), "Organisation " + id + " (" + field + ")");
        return org;
    }

    public PersonEntity person(Long id, String field) {
        PersonEntity person = Records.require(em, PersonEntity.class, id, field);
        currentUser.requireOwnRecord(person.getFormerProvince(), "Person " + id + " (" + field + ")");
        return person;
    }

    /** The caller's own province, for a write that creates a record there (refused if none). */
    public String callersProvince() {
        String province = currentUser.province().orElse(null);
        currentUser.requireProvince(province);
        return province;
    }

    /** Refuses unless the caller is staff of the province a new record names. */
    public void requireProvince(String province) {
        currentUser.requireProvince(province);
    }
}
