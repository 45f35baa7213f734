package vn.dangbo.portal.core.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.core.security.Caller;
import vn.dangbo.portal.core.security.Role;

class PersonalDataMaskingTest {

    private static final LocalDate BORN = LocalDate.of(1985, 12, 31);

    @Test
    void masksNationalIdsKeepingTheLastThreeDigits() {
        assertThat(PersonalDataMasking.nationalId("092085001234")).isEqualTo("*********234");
        assertThat(PersonalDataMasking.nationalId("381234567")).isEqualTo("******567");
        assertThat(PersonalDataMasking.nationalId("12345")).isEqualTo("*****");
        assertThat(PersonalDataMasking.nationalId(null)).isNull();
    }

    @Test
    void masksDateOfBirthAndReligionCompletely() {
        assertThat(PersonalDataMasking.dateOfBirth(BORN)).isEqualTo("**/**/****");
        assertThat(PersonalDataMasking.religion("Phật giáo")).isEqualTo("***");
        assertThat(PersonalDataMasking.religion(null)).isNull();
    }

    @Test
    void scrubsIdsAndDatesFromLogText() {
        String line = "Duplicate person 092085001234 (Nguyễn Văn A, born 31/12/1985, 1985-12-31) in chi bộ 12";
        assertThat(PersonalDataMasking.forLog(line))
                .isEqualTo("Duplicate person *********234 (Nguyễn Văn A, born **/**/****, **/**/****) in chi bộ 12")
                .doesNotContain("092085001234");
        assertThat(PersonalDataMasking.forLog("row 1234567890123 has 13 digits")).contains("1234567890123");
    }

    @Test
    void onlyStaffOfThePersonsProvinceSeeInClear() {
        Caller cantho = new Caller("cantho", Set.of(Role.PROVINCIAL_STAFF), "can-tho");
        Caller haiphong = new Caller("haiphong", Set.of(Role.PROVINCIAL_STAFF), "hai-phong");
        Caller central = new Caller("trunguong", Set.of(Role.CENTRAL), null);
        Caller admin = new Caller("admin", Set.of(Role.ADMIN), null);

        SensitiveView own = SensitiveView.of(cantho, "can-tho");
        assertThat(own.nationalId("092085001234")).isEqualTo("092085001234");
        assertThat(own.dateOfBirth(BORN)).isEqualTo("1985-12-31");
        assertThat(own.religion("Công giáo")).isEqualTo("Công giáo");

        for (Caller other : new Caller[] {haiphong, central, admin, Caller.ANONYMOUS}) {
            SensitiveView view = SensitiveView.of(other, "can-tho");
            assertThat(view.nationalId("092085001234")).as(other.toString()).isEqualTo("*********234");
            assertThat(view.dateOfBirth(BORN)).as(other.toString()).isEqualTo("**/**/****");
            assertThat(view.religion("Công giáo")).as(other.toString()).isEqualTo("***");
        }
    }
}
