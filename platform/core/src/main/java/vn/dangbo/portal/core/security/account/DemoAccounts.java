package vn.dangbo.portal.core.security.account;

import java.util.List;
import java.util.Set;
import vn.dangbo.portal.core.security.Role;

/**
 * The accounts a demonstration starts with, one or more per role (README, "Demo accounts"). Their
 * password is {@code demo-<username>}: public knowledge, which is why they exist only when the
 * operator turns demo mode on (PORTAL_DEMO=true; deployment/bin/portal does, the zip does not).
 */
public final class DemoAccounts {

    public static final String PASSWORD_PREFIX = "demo-";

    public static final List<NewAccount> ALL = List.of(
            demo("admin", "Quản trị hệ thống", Role.ADMIN, null),
            demo("trunguong", "Ban Tổ chức Trung ương", Role.CENTRAL, null),
            demo("cantho", "Ban Tổ chức Thành ủy Cần Thơ", Role.PROVINCIAL_STAFF, "can-tho"),
            demo("haiphong", "Ban Tổ chức Thành ủy Hải Phòng", Role.PROVINCIAL_STAFF, "hai-phong"),
            demo("khanhhoa", "Ban Tổ chức Tỉnh ủy Khánh Hòa", Role.PROVINCIAL_STAFF, "khanh-hoa"),
            demo("dongthap", "Ban Tổ chức Tỉnh ủy Đồng Tháp", Role.PROVINCIAL_STAFF, "dong-thap"),
            demo("cantho-dev", "Nhóm phát triển Cần Thơ", Role.PROVINCIAL_DEVELOPER, "can-tho"),
            demo("haiphong-dev", "Nhóm phát triển Hải Phòng", Role.PROVINCIAL_DEVELOPER, "hai-phong"),
            demo("khanhhoa-dev", "Nhóm phát triển Khánh Hòa", Role.PROVINCIAL_DEVELOPER, "khanh-hoa"),
            demo("dongthap-dev", "Nhóm phát triển Đồng Tháp", Role.PROVINCIAL_DEVELOPER, "dong-thap"));

    private DemoAccounts() {
    }

    private static NewAccount demo(String username, String displayName, Role role, String province) {
        return new NewAccount(username, displayName, PASSWORD_PREFIX + username, Set.of(role), province);
    }
}
