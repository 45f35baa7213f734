package vn.dangbo.portal.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where pages send people to sign in when the portal runs with OpenID Connect (docs/security.md):
 * web.xml requires authentication for /signin, so elytron-oidc-client redirects to the identity
 * provider and, once back with a session, this servlet sends the browser to the home page. With
 * the portal's own accounts the WAR has no container mechanism and /signin stays closed (pages
 * use POST /api/v1/session instead).
 */
@WebServlet("/signin")
public class OidcSignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
