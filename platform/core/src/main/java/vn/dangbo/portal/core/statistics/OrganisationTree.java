package vn.dangbo.portal.core.statistics;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import vn.dangbo.portal.api.model.OrganisationType;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.security.CurrentUser;

/**
 * A province's organisation tree as it stood on a date, for the organisations page: every
 * organisation valid that day with its depth and its members (its own and with everything under
 * it), and the organisations closed by then, merged (with their successors) or dissolved.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OrganisationTree {

    /** One organisation of the tree, parents before children. */
    public record Node(long id, String code, String name, OrganisationType type, Long parentId, int depth,
            long members, long membersWithin) {
    }

    /** A successor of a closed organisation. */
    public record Successor(long id, String name) {
    }

    /**
     * An organisation closed on or before the date: MERGED when others took over from it,
     * DISSOLVED when none did.
     */
    public record Closed(long id, String code, String name, OrganisationType type, LocalDate validFrom,
            LocalDate validTo, String fate, List<Successor> successors) {
    }

    public record View(String province, LocalDate date, List<Node> nodes, List<Closed> closed) {
    }

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Inject
    private CurrentUser currentUser;

    /** The tree of the caller's province (or the one named, when the caller may see it) on the date. */
    public View on(String requested, LocalDate date) {
        String province = requested == null || requested.isBlank() ? currentUser.province().orElse(null) : requested;
        if (province == null) {
            throw new ValidationException("province", "Bắt buộc nhập mã tỉnh (ví dụ can-tho)");
        }
        currentUser.requireProvince(province);
        try (Connection c = dataSource.getConnection()) {
            Sql sql = new Sql(c);
            Structure structure = Structure.load(sql, Set.of(province));
            Map<Long, Long> members = new HashMap<>();
            sql.list("SELECT p.organisation_id, COUNT(DISTINCT p.person_id) FROM membership_period p "
                    + "JOIN party_organisation o ON o.id = p.organisation_id WHERE" + SqlMemberStatistics.MEMBER_ON
                    + "AND o.former_province = ? GROUP BY p.organisation_id", rs -> {
                        members.put(rs.getLong(1), rs.getLong(2));
                        return null;
                    }, date, date, province);
            return new View(province, date, nodes(structure, members, date), closed(structure, date));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Node> nodes(Structure structure, Map<Long, Long> members, LocalDate date) {
        List<Structure.Org> ordered = structure.validOrdered(date);
        Map<Long, Integer> depth = new HashMap<>();
        Map<Long, Long> parent = new HashMap<>();
        for (Structure.Org org : ordered) {
            Long above = structure.parentOn(org.id(), date);
            boolean shown = above != null && depth.containsKey(above);
            parent.put(org.id(), shown ? above : null);
            depth.put(org.id(), shown ? depth.get(above) + 1 : 0);
        }
        // Children come after their parent: adding each one's total to its parent from the end up
        // gives every organisation the members of its whole subtree.
        Map<Long, Long> within = new HashMap<>();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            long id = ordered.get(i).id();
            long total = within.getOrDefault(id, 0L) + members.getOrDefault(id, 0L);
            within.put(id, total);
            Long above = parent.get(id);
            if (above != null) {
                within.merge(above, total, Long::sum);
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (Structure.Org org : ordered) {
            nodes.add(new Node(org.id(), org.code(), org.name(), org.type(), parent.get(org.id()),
                    depth.get(org.id()), members.getOrDefault(org.id(), 0L), within.get(org.id())));
        }
        return nodes;
    }

    private static List<Closed> closed(Structure structure, LocalDate date) {
        List<Closed> closed = new ArrayList<>();
        for (Structure.Org org : structure.all()) {
            if (org.validTo() == null || !org.validTo().isBefore(date)) {
                continue;
            }
            List<Successor> successors = org.successors().stream()
                    .map(id -> new Successor(id, structure.get(id) == null ? "#" + id : structure.get(id).name()))
                    .toList();
            closed.add(new Closed(org.id(), org.code(), org.name(), org.type(), org.validFrom(), org.validTo(),
                    successors.isEmpty() ? "DISSOLVED" : "MERGED", successors));
        }
        closed.sort(Comparator.comparing(Closed::validTo).reversed().thenComparing(Closed::name));
        return closed;
    }
}
