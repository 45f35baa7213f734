package vn.dangbo.portal.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleModelTest {

    private static final Caller CANTHO_STAFF = new Caller("cantho", Set.of(Role.PROVINCIAL_STAFF), "can-tho");
    private static final Caller CANTHO_DEV = new Caller("cantho-dev", Set.of(Role.PROVINCIAL_DEVELOPER), "can-tho");
    private static final Caller CENTRAL = new Caller("trunguong", Set.of(Role.CENTRAL), null);
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null);

    @Test
    void roleConstantsForAnnotationsAreTheRoleNames() throws Exception {
        var constants = Arrays.stream(Roles.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(RoleModelTest::value).toList();
        assertThat(constants).containsExactlyInAnyOrder(Arrays.stream(Role.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void provincialStaffReachOnlyTheirOwnProvincesPeople() {
        assertThat(CANTHO_STAFF.isStaffOf("can-tho")).isTrue();
        assertThat(CANTHO_STAFF.isStaffOf("hai-phong")).isFalse();
        assertThat(CANTHO_DEV.isStaffOf("can-tho")).isFalse();
        assertThat(CENTRAL.isStaffOf("can-tho")).isFalse();
        assertThat(ADMIN.isStaffOf("can-tho")).isFalse();
    }

    @Test
    void staffOfAMergedProvinceHoldTheRecordsOfTheProvincesMergedIntoIt() {
        Caller haiphong = new Caller("haiphong", Set.of(Role.PROVINCIAL_STAFF), "hai-phong", Set.of("hai-duong"));
        assertThat(haiphong.territory()).containsExactlyInAnyOrder("hai-phong", "hai-duong");
        assertThat(haiphong.isStaffOf("hai-duong")).isTrue();
        assertThat(haiphong.maySeePersonalDataOf("hai-duong")).isTrue();
        assertThat(haiphong.isStaffOf("can-tho")).isFalse();
        // Figures are per program, that is per today's province: the merged-in code is not one.
        assertThat(haiphong.maySeeFiguresOf("hai-duong")).isFalse();
        Caller developer = new Caller("haiphong-dev", Set.of(Role.PROVINCIAL_DEVELOPER), "hai-phong", Set.of("hai-duong"));
        assertThat(developer.isStaffOf("hai-duong")).isFalse();
        assertThat(CANTHO_STAFF.territory()).containsExactly("can-tho");
        assertThat(CENTRAL.territory()).isEmpty();
    }

    @Test
    void centralStaffSeeEveryProvincesFiguresButNoPersonalData() {
        assertThat(CENTRAL.maySeeFiguresOf("hai-phong")).isTrue();
        assertThat(CENTRAL.maySeePersonalDataOf("hai-phong")).isFalse();
        assertThat(CANTHO_STAFF.maySeeFiguresOf("can-tho")).isTrue();
        assertThat(CANTHO_STAFF.maySeeFiguresOf("hai-phong")).isFalse();
        assertThat(CANTHO_STAFF.maySeePersonalDataOf("can-tho")).isTrue();
        assertThat(ADMIN.maySeePersonalDataOf("can-tho")).isFalse();
    }

    @Test
    void developersManageOnlyTheirProvincesModule() {
        assertThat(CANTHO_DEV.mayManageModuleOf("can-tho")).isTrue();
        assertThat(CANTHO_DEV.mayManageModuleOf("dong-thap")).isFalse();
        assertThat(CANTHO_STAFF.mayManageModuleOf("can-tho")).isFalse();
        assertThat(ADMIN.mayManageModuleOf("dong-thap")).isTrue();
    }

    @Test
    void currentUserFailsClosed() {
        CurrentUser user = new CurrentUser();
        assertThatThrownBy(() -> user.requireProvince("can-tho")).isInstanceOf(NotSignedInException.class);
        user.identify(CANTHO_STAFF);
        user.requireProvince("can-tho");
        assertThatThrownBy(() -> user.requireProvince("hai-phong"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("hai-phong");
        assertThatThrownBy(() -> user.requireAnyRole(Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> user.requireModuleOf("can-tho")).isInstanceOf(AccessDeniedException.class);
        user.requireFiguresOf("can-tho");
    }

    @Test
    void anonymousHasNoRoles() {
        assertThat(Caller.ANONYMOUS.authenticated()).isFalse();
        assertThat(Caller.ANONYMOUS.roles()).isEmpty();
        assertThat(Caller.ANONYMOUS.maySeeFiguresOf("can-tho")).isFalse();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
