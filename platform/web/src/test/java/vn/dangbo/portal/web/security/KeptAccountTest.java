package vn.dangbo.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.portal.core.security.Role;
import vn.dangbo.portal.core.security.account.Account;

/** A session's kept account stands for its user only under the generation it was read with. */
class KeptAccountTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                default -> throw new UnsupportedOperationException(method.getName());
            });
    private final Account cantho = new Account("cantho", "Cán bộ Cần Thơ", EnumSet.of(Role.PROVINCIAL_STAFF),
            "can-tho", true, Instant.parse("2026-11-01T00:00:00Z"), null);

    @Test
    void usedWhileTheGenerationHasNotMoved() {
        new KeptAccount("cantho", cantho, 41).keepIn(session);

        assertThat(KeptAccount.in(session, "cantho", 41)).hasValueSatisfying(
                kept -> assertThat(kept.found()).contains(cantho));
        assertThat(KeptAccount.in(session, "cantho", 42)).as("an account changed since").isEmpty();
    }

    @Test
    void neverForAnotherUserOfTheSameSession() {
        new KeptAccount("cantho", cantho, 7).keepIn(session);
        assertThat(KeptAccount.in(session, "haiphong", 7)).isEmpty();
    }

    @Test
    void aUserWithoutAccountIsKeptAsSuch() {
        new KeptAccount("oidc-user", null, 3).keepIn(session);
        assertThat(KeptAccount.in(session, "oidc-user", 3)).hasValueSatisfying(kept -> assertThat(kept.found()).isEmpty());
    }

    @Test
    void nothingKeptNothingFound() {
        assertThat(KeptAccount.in(session, "cantho", 0)).isEmpty();
    }

    @Test
    void serializableAsSessionAttributesShouldBe() throws Exception {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(new KeptAccount("cantho", cantho, 1));
        }
    }
}
