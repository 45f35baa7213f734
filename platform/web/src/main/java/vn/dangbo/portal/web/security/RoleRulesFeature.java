package vn.dangbo.portal.web.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import vn.dangbo.portal.web.rest.problem.Problem;

/**
 * Enforces each resource method's {@link RoleRule} before the method runs: anonymous callers of a
 * protected method get 401, callers without one of the roles 403, both as problem+json. This is
 * the coarse check (which roles may call at all); which province's data a caller may touch is
 * checked in the services through CurrentUser. Replaces RESTEasy's role-based security (whose
 * refusal is a bare 403 even for anonymous callers).
 */
@Provider
public class RoleRulesFeature implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(RoleRulesFeature.class.getName());

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RoleRule rule = RoleRule.of(resource.getResourceClass(), resource.getResourceMethod());
        if (rule.kind() == RoleRule.Kind.MISSING) {
            LOG.severe(() -> "No access rule on " + resource.getResourceClass().getName() + "."
                    + resource.getResourceMethod().getName() + ": refused to everyone");
        }
        if (rule.kind() != RoleRule.Kind.PUBLIC) {
            context.register(new Enforcer(rule), Priorities.AUTHORIZATION);
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Enforcer implements ContainerRequestFilter {

        private final RoleRule rule;

        Enforcer(RoleRule rule) {
            this.rule = rule;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (rule.kind() == RoleRule.Kind.ROLES && security.getUserPrincipal() == null) {
                request.abortWith(Challenge.unauthorized(request::getHeaderString, "Sign in first."));
            } else if (rule.kind() != RoleRule.Kind.ROLES || rule.roles().stream().noneMatch(security::isUserInRole)) {
                request.abortWith(Problem.of(403, "Your roles do not allow this.").response().build());
            }
        }
    }
}
