package vn.dangbo.portal.web.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The access rule of one resource method, from the standard annotations: {@code @PermitAll}
 * (public), {@code @RolesAllowed} (signed in with one of the roles) or {@code @DenyAll}, on the
 * method or else on its class. A method with none of them has rule {@link Kind#MISSING}: it is
 * refused to everyone at run time, and the role-matrix test fails the build.
 */
public record RoleRule(Kind kind, Set<String> roles) {

    public enum Kind { PUBLIC, ROLES, DENY, MISSING }

    public static RoleRule of(Class<?> resourceClass, Method method) {
        RoleRule onMethod = from(method);
        return onMethod.kind() != Kind.MISSING ? onMethod : from(resourceClass);
    }

    private static RoleRule from(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return new RoleRule(Kind.DENY, Set.of());
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return new RoleRule(Kind.PUBLIC, Set.of());
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        if (allowed != null) {
            return new RoleRule(Kind.ROLES, Set.copyOf(Arrays.asList(allowed.value())));
        }
        return new RoleRule(Kind.MISSING, Set.of());
    }

    /** As the role matrix writes it: "public", "deny", "missing" or the roles, sorted, space-separated. */
    public String describe() {
        return switch (kind) {
            case PUBLIC -> "public";
            case DENY -> "deny";
            case MISSING -> "missing";
            case ROLES -> roles.stream().collect(Collectors.toCollection(TreeSet::new)).stream()
                    .collect(Collectors.joining(" "));
        };
    }
}
