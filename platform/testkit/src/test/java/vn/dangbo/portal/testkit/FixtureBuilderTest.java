package vn.dangbo.portal.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.api.model.Occupation;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.testkit.model.Event;
import vn.dangbo.portal.testkit.model.Org;
import vn.dangbo.portal.testkit.model.Person;

class FixtureBuilderTest {

    @Test
    void recordsGetDistinctIdsAndTheBuilderProvinceUnlessOverridden() {
        FixtureBuilder b = Fixture.builder("can-tho");
        long city = b.organisation("TU", "Đảng bộ thành phố Cần Thơ", OrganisationType.PROVINCIAL_COMMITTEE).add();
        long area = b.area("A", "Ấp 1", vn.dangbo.portal.api.model.AreaKind.HAMLET).province("soc-trang").add();
        long branch = b.organisation("CB", "Chi bộ ấp 1", OrganisationType.BRANCH).parent(city).residential(area)
                .add();
        Fixture fixture = b.build();

        assertThat(city).isNotEqualTo(area).isNotEqualTo(branch);
        Org org = fixture.organisation(branch);
        assertThat(org.formerProvince()).isEqualTo("can-tho");
        assertThat(org.sector()).isEqualTo(Sector.RESIDENTIAL);
        assertThat(org.areaIds()).containsExactly(area);
        assertThat(fixture.area(area).orElseThrow().formerProvince()).isEqualTo("soc-trang");
    }

    @Test
    void closingAnOrganisationRecordsItsLastDayAndSuccessors() {
        FixtureBuilder b = Fixture.builder("hai-phong");
        long old = b.organisation("H1", "Huyện ủy A", OrganisationType.DIRECT_COMMITTEE).add();
        long merged = b.organisation("X1", "Đảng ủy xã B", OrganisationType.DIRECT_COMMITTEE)
                .validFrom(LocalDate.of(2025, 7, 1)).add();
        b.closed(old, LocalDate.of(2025, 6, 30), merged);
        Org closed = b.build().organisation(old);

        assertThat(closed.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(closed.successorIds()).containsExactly(merged);
        assertThat(closed.validOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(closed.validOn(LocalDate.of(2025, 7, 1))).isFalse();
    }

    @Test
    void anAdmissionWithoutOccupationTakesTheJobAndReligionOfTheDecisionDay() {
        FixtureBuilder b = Fixture.builder("hai-phong");
        long org = b.organisation("C", "Chi bộ", OrganisationType.GRASSROOTS_BRANCH).add();
        // Job as a student until 31/8/2024, then a company worker; admitted on 1/9/2024.
        long id = b.person("Trần Thị B", LocalDate.of(2002, 1, 1)).religious()
                .admitted(LocalDate.of(2024, 9, 1), org)
                .job(LocalDate.of(2020, 9, 5), Occupation.STUDENT)
                .job(LocalDate.of(2024, 9, 1), Occupation.COMPANY_WORKER)
                .add();
        Person person = b.build().person(id);
        Event.Admission admission = person.first(Event.Admission.class).orElseThrow();

        assertThat(admission.occupation()).isEqualTo(Occupation.COMPANY_WORKER);
        assertThat(admission.religious()).isTrue();
    }

    @Test
    void anUnknownReferenceFailsTheBuildAndSaysWhere() {
        FixtureBuilder b = Fixture.builder("khanh-hoa");
        long org = b.organisation("C", "Chi bộ", OrganisationType.BRANCH).parent(999).add();

        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisation " + org + " (C): parent")
                .hasMessageContaining("no organisation with id 999");
    }

    @Test
    void aPersonEventNamingAnUnknownOrganisationFailsTheBuild() {
        FixtureBuilder b = Fixture.builder("khanh-hoa");
        b.person("Lê Văn C", LocalDate.of(1990, 1, 1)).admitted(LocalDate.of(2024, 1, 2), 42).add();

        assertThatThrownBy(b::build).hasMessageContaining("Lê Văn C").hasMessageContaining("Admission of 2024-01-02")
                .hasMessageContaining("no organisation with id 42");
    }

    @Test
    void certificateValidityMustBePositive() {
        assertThatThrownBy(() -> Fixture.builder("dong-thap").certificateValidityYears(0))
                .hasMessageContaining("certificateValidityYears");
    }
}
