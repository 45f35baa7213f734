package vn.dangbo.portal.it.host;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Deployed in a WAR of its own beside the portal: lists the names of the JVM's live threads, so a
 * test can see whether the portal's undeploy left any plugin framework thread behind.
 */
@WebServlet("/threads")
public class ThreadProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName).sorted().collect(Collectors.joining("\n")));
    }
}
