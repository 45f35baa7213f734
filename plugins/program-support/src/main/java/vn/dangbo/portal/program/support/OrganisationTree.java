package vn.dangbo.portal.program.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.portal.api.model.AreaKind;
import vn.dangbo.portal.api.model.AreaSummary;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Sector;
import vn.dangbo.portal.api.program.EvaluationContext;

/** The organisations of the territory on a date, with the lookups the indicators need. */
public final class OrganisationTree {

    private final List<OrganisationSummary> organisations;
    private final Map<Long, OrganisationSummary> byId = new HashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();

    public OrganisationTree(List<OrganisationSummary> organisations) {
        this.organisations = List.copyOf(organisations);
        for (OrganisationSummary org : organisations) {
            byId.put(org.id(), org);
            if (org.parentId() != null) {
                children.computeIfAbsent(org.parentId(), k -> new ArrayList<>()).add(org.id());
            }
        }
    }

    public static OrganisationTree at(EvaluationContext context, LocalDate date) {
        return new OrganisationTree(context.directory().organisations(date));
    }

    public List<OrganisationSummary> all() {
        return organisations;
    }

    public OrganisationSummary get(long id) {
        return byId.get(id);
    }

    public String name(long id) {
        OrganisationSummary org = byId.get(id);
        return org == null ? "#" + id : org.name();
    }

    public List<OrganisationSummary> ofType(OrganisationType type) {
        return organisations.stream().filter(o -> o.type() == type).toList();
    }

    /** The organisation and every organisation below it. */
    public Set<Long> selfAndDescendants(long id) {
        Set<Long> result = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            long next = todo.remove(todo.size() - 1);
            if (result.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    /**
     * Residential branches (chi bộ trực thuộc or chi bộ cơ sở of sector residential) serving at least
     * one area of the given kinds.
     */
    public List<OrganisationSummary> residentialBranches(Map<Long, AreaSummary> areas, Set<AreaKind> kinds) {
        return organisations.stream()
                .filter(o -> o.sector() == Sector.RESIDENTIAL)
                .filter(o -> o.type() == OrganisationType.BRANCH || o.type() == OrganisationType.GRASSROOTS_BRANCH)
                .filter(o -> o.areaIds().stream().map(areas::get).anyMatch(a -> a != null && kinds.contains(a.kind())))
                .toList();
    }

    /** Areas of the territory valid on the date, by id. */
    public static Map<Long, AreaSummary> areasById(EvaluationContext context, LocalDate date) {
        Map<Long, AreaSummary> areas = new HashMap<>();
        context.directory().areas(date, Set.of()).forEach(a -> areas.put(a.id(), a));
        return areas;
    }
}
