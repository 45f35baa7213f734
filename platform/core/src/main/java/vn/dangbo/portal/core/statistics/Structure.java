package vn.dangbo.portal.core.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.api.model.Sector;

/**
 * The organisations of a territory with their parents over time, successors and served areas: a
 * few thousand rows per province, loaded once per question so that "the structure of year Y" (parent
 * on a date, committee directly under the province on a date, successor on a date) is answered in
 * memory while members are only ever counted in SQL.
 */
final class Structure {

    record Org(long id, String code, String name, String sortKey, OrganisationType type, Sector sector,
            String formerProvince, Long unitId, LocalDate validFrom, LocalDate validTo, List<Long> successors,
            List<Long> areas) {

        boolean validOn(LocalDate date) {
            return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
        }
    }

    private record Link(long parent, LocalDate from, LocalDate to) {
        boolean validOn(LocalDate date) {
            return !from.isAfter(date) && (to == null || !to.isBefore(date));
        }
    }

    /** Guards walks against a cycle in bad data. */
    private static final int MAX_DEPTH = 64;

    private final Map<Long, Org> orgs;
    private final Map<Long, List<Link>> parents;

    private Structure(Map<Long, Org> orgs, Map<Long, List<Link>> parents) {
        this.orgs = orgs;
        this.parents = parents;
    }

    static Structure load(Sql sql, Set<String> provinces) {
        Map<Long, List<Long>> successors = new HashMap<>();
        sql.list("SELECT s.organisation_id, s.successor_id FROM organisation_successor s "
                + "JOIN party_organisation o ON o.id = s.organisation_id WHERE o.former_province IN (?) "
                + "ORDER BY s.successor_id", rs -> {
                    successors.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    return null;
                }, provinces);
        Map<Long, List<Long>> areas = new HashMap<>();
        sql.list("SELECT a.organisation_id, a.area_id FROM organisation_area a "
                + "JOIN party_organisation o ON o.id = a.organisation_id WHERE o.former_province IN (?) "
                + "ORDER BY a.area_id", rs -> {
                    areas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    return null;
                }, provinces);
        Map<Long, Org> orgs = new LinkedHashMap<>();
        sql.list("SELECT id, code, name, sort_key, org_type, sector, former_province, unit_id, valid_from, valid_to "
                + "FROM party_organisation WHERE former_province IN (?) ORDER BY sort_key, id", rs -> {
                    long id = rs.getLong("id");
                    orgs.put(id, new Org(id, rs.getString("code"), rs.getString("name"), rs.getString("sort_key"),
                            OrganisationType.valueOf(rs.getString("org_type")), Sector.valueOf(rs.getString("sector")),
                            rs.getString("former_province"), Sql.nullableLong(rs, "unit_id"),
                            Sql.date(rs, "valid_from"), Sql.date(rs, "valid_to"),
                            successors.getOrDefault(id, List.of()), areas.getOrDefault(id, List.of())));
                    return null;
                }, provinces);
        Map<Long, List<Link>> parents = new HashMap<>();
        sql.list("SELECT p.organisation_id, p.parent_id, p.valid_from, p.valid_to FROM organisation_parent p "
                + "JOIN party_organisation o ON o.id = p.organisation_id WHERE o.former_province IN (?)", rs -> {
                    parents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Link(rs.getLong(2), Sql.date(rs, "valid_from"), Sql.date(rs, "valid_to")));
                    return null;
                }, provinces);
        return new Structure(orgs, parents);
    }

    Org get(long id) {
        return orgs.get(id);
    }

    Collection<Org> all() {
        return orgs.values();
    }

    /** The organisation directly above on the date, null for none. */
    Long parentOn(long id, LocalDate date) {
        for (Link link : parents.getOrDefault(id, List.of())) {
            if (link.validOn(date)) {
                return link.parent();
            }
        }
        return null;
    }

    /** The committee directly under the provincial committee that the organisation belongs to on the date. */
    Long committeeOn(long id, LocalDate date) {
        Org org = orgs.get(id);
        if (org == null || org.type() == OrganisationType.PROVINCIAL_COMMITTEE) {
            return null;
        }
        long current = id;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Long parent = parentOn(current, date);
            if (parent == null || !orgs.containsKey(parent)) {
                return null;
            }
            if (orgs.get(parent).type() == OrganisationType.PROVINCIAL_COMMITTEE) {
                return current;
            }
            current = parent;
        }
        return null;
    }

    /** Whether the organisation is directly under the provincial committee on the date. */
    boolean isDirectCommittee(long id, LocalDate date) {
        Long committee = committeeOn(id, date);
        return committee != null && committee == id;
    }

    /**
     * The organisation that answers for this one on the date: itself while it exists, else its
     * successor (followed on through later closures); one closed without successor stays itself.
     */
    long resolve(long id, LocalDate date) {
        long current = id;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Org org = orgs.get(current);
            if (org == null || org.validTo() == null || !org.validTo().isBefore(date) || org.successors().isEmpty()) {
                return current;
            }
            current = org.successors().get(0);
        }
        return current;
    }

    /** Organisations valid on the date, parents before children, siblings in Vietnamese order. */
    List<Org> validOrdered(LocalDate date) {
        Map<Long, List<Org>> children = new LinkedHashMap<>();
        List<Org> roots = new ArrayList<>();
        for (Org org : orgs.values()) {
            if (!org.validOn(date)) {
                continue;
            }
            Long parent = parentOn(org.id(), date);
            if (parent == null || !orgs.containsKey(parent) || !orgs.get(parent).validOn(date)) {
                roots.add(org);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(org);
            }
        }
        List<Org> ordered = new ArrayList<>();
        Comparator<Org> order = Comparator.comparing(Org::sortKey).thenComparingLong(Org::id);
        roots.sort(order);
        ArrayList<Org> stack = new ArrayList<>(roots);
        java.util.Collections.reverse(stack);
        while (!stack.isEmpty()) {
            Org org = stack.remove(stack.size() - 1);
            ordered.add(org);
            List<Org> kids = new ArrayList<>(children.getOrDefault(org.id(), List.of()));
            kids.sort(order.reversed());
            stack.addAll(kids);
        }
        return ordered;
    }

    OrganisationSummary summary(Org org, LocalDate date) {
        return new OrganisationSummary(org.id(), org.code(), org.name(), org.type(), org.sector(),
                parentOn(org.id(), date), committeeOn(org.id(), date), org.formerProvince(), org.validFrom(),
                org.validTo(), org.successors(), org.areas(), org.unitId());
    }
}
