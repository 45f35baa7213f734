package vn.dangbo.portal.core.security.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.core.security.Role;

class BcryptPasswordsTest {

    private final BcryptPasswords passwords = new BcryptPasswords(4);

    @Test
    void hashesInTheShapeElytronsBcryptMapperReads() {
        HashedPassword hashed = passwords.hash("mật khẩu dài đủ");
        assertThat(Base64.getDecoder().decode(hashed.hash())).hasSize(23);
        assertThat(Base64.getDecoder().decode(hashed.salt())).hasSize(16);
        assertThat(hashed.cost()).isEqualTo(4);
        assertThat(passwords.matches("mật khẩu dài đủ", hashed)).isTrue();
        assertThat(passwords.matches("mat khau dai du", hashed)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(passwords.hash("correct horse").salt()).isNotEqualTo(passwords.hash("correct horse").salt());
    }

    @Test
    void refusesShortAndOverlongPasswords() {
        assertThatThrownBy(() -> passwords.hash("short")).isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("password").hasMessageContaining("10");
        assertThatThrownBy(() -> passwords.hash("đ".repeat(40))).hasMessageContaining("72 bytes");
    }

    @Test
    void accountRulesNameTheField() {
        assertThatThrownBy(() -> AccountRules.check(new NewAccount("Bad Name", "x", "long enough!", Set.of(Role.ADMIN), null), false))
                .isInstanceOf(InvalidAccountException.class).hasMessageStartingWith("username:");
        assertThatThrownBy(() -> AccountRules.check(new NewAccount("cantho2", "Cần Thơ", "long enough!", Set.of(Role.PROVINCIAL_STAFF), null), false))
                .hasMessageStartingWith("province:").hasMessageContaining("required");
        assertThatThrownBy(() -> AccountRules.check(new NewAccount("cantho2", "Cần Thơ", "long enough!", Set.of(Role.PROVINCIAL_STAFF), "xx"), false))
                .hasMessageContaining("unknown province code 'xx'");
        assertThatThrownBy(() -> AccountRules.check(new NewAccount("tw2", "TW", "long enough!", Set.of(Role.CENTRAL), "can-tho"), true))
                .hasMessageStartingWith("province:");
        assertThatThrownBy(() -> AccountRules.check(new NewAccount("tw2", "TW", "long enough!", Set.of(), null), true))
                .hasMessageStartingWith("roles:");
        AccountRules.check(new NewAccount("cantho2", "Cần Thơ", "long enough!", Set.of(Role.PROVINCIAL_STAFF), "can-tho"), true);
    }

    @Test
    void demoPasswordsFollowTheRules() {
        for (NewAccount demo : DemoAccounts.ALL) {
            AccountRules.check(demo, true);
        }
        assertThat(DemoAccounts.ALL).extracting(a -> a.roles().iterator().next()).contains(Role.values());
    }
}
