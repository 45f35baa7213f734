package vn.dangbo.portal.it.freshness;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.dangbo.portal.host.program.FiguresCache;
import vn.dangbo.portal.host.program.FiguresWarmUp;
import vn.dangbo.portal.host.program.ProgramHandle;
import vn.dangbo.portal.host.program.ProgramRegistry;

/**
 * Test-only servlet (added to the test's deployment, never to the portal): what the figures cache
 * holds for one program and year, without computing anything. GET /it/figures-cache?code=…&amp;year=…
 * answers lines {@code kind=true|false} for the kinds the pages open with, then the cache's count of
 * computations and the warm-up's count of runs.
 */
@WebServlet("/it/figures-cache")
public class FiguresCacheProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private FiguresCache cache;
    @EJB
    private FiguresWarmUp warmUp;
    @EJB
    private ProgramRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int year = Integer.parseInt(request.getParameter("year"));
        Optional<ProgramHandle> handle = registry.program(request.getParameter("code"));
        StringBuilder answer = new StringBuilder();
        for (String kind : new String[] {"common", "evaluate", "sections"}) {
            answer.append(kind).append('=').append(handle.isPresent() && cache.holds(handle.get(), kind, year))
                    .append('\n');
        }
        answer.append("computations=").append(cache.computations()).append('\n');
        answer.append("runs=").append(warmUp.runs()).append('\n');
        response.setContentType("text/plain");
        response.getWriter().write(answer.toString());
    }
}
