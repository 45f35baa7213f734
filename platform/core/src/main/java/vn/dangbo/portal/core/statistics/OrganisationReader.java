package vn.dangbo.portal.core.statistics;

import jakarta.inject.Inject;
import vn.dangbo.portal.core.security.CurrentUser;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import vn.dangbo.portal.api.model.OrganisationSummary;
import vn.dangbo.portal.core.error.NotFoundException;
import vn.dangbo.portal.core.error.ValidationException;
import vn.dangbo.portal.core.text.VietnameseText;

/** Reads organisations as they stood on a date: one, a subtree, or a search by name. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OrganisationReader {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Inject
    private CurrentUser currentUser;

    /** The organisation as it stood on the date (also when it no longer exists then); its province's staff only. */
    public OrganisationSummary find(long id, LocalDate date) {
        try (Connection c = dataSource.getConnection()) {
            Structure structure = structureOf(new Sql(c), id);
            currentUser.requireProvince(structure.get(id).formerProvince());
            return structure.summary(structure.get(id), date);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The organisation and everything under it on the date, parents before children. */
    public List<OrganisationSummary> subtree(long rootId, LocalDate date) {
        try (Connection c = dataSource.getConnection()) {
            Structure structure = structureOf(new Sql(c), rootId);
            currentUser.requireProvince(structure.get(rootId).formerProvince());
            if (!structure.get(rootId).validOn(date)) {
                throw new ValidationException("date", "Tổ chức " + rootId + " không tồn tại vào ngày " + date);
            }
            List<OrganisationSummary> result = new ArrayList<>();
            for (Structure.Org org : structure.validOrdered(date)) {
                if (isUnder(structure, org.id(), rootId, date)) {
                    result.add(structure.summary(org, date));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Organisations whose name matches the query without diacritics, valid on the date, optionally of
     * one former province, in Vietnamese order.
     */
    public List<OrganisationSummary> search(String query, String requested, LocalDate date, int offset, int limit) {
        // The caller's own province unless they name one; naming another is refused.
        String province = requested == null ? currentUser.province().orElse(null) : requested;
        currentUser.requireProvince(province);
        try (Connection c = dataSource.getConnection()) {
            Sql sql = new Sql(c);
            String key = "%" + (query == null ? "" : VietnameseText.searchKey(query)) + "%";
            String select = "SELECT id FROM party_organisation WHERE search_key LIKE ? "
                    + "AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ";
            List<long[]> ids = province == null
                    ? sql.list(select + "ORDER BY sort_key, id LIMIT ? OFFSET ?", rs -> new long[] {rs.getLong(1)},
                            key, date, date, limit, offset)
                    : sql.list(select + "AND former_province = ? ORDER BY sort_key, id LIMIT ? OFFSET ?",
                            rs -> new long[] {rs.getLong(1)}, key, date, date, province, limit, offset);
            List<OrganisationSummary> result = new ArrayList<>();
            for (long[] id : ids) {
                Structure structure = structureOf(sql, id[0]);
                result.add(structure.summary(structure.get(id[0]), date));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Structure structureOf(Sql sql, long id) {
        List<String> province = sql.list("SELECT former_province FROM party_organisation WHERE id = ?",
                rs -> rs.getString(1), id);
        if (province.isEmpty()) {
            throw new NotFoundException("id", "Organisation", id);
        }
        return Structure.load(sql, Set.of(province.get(0)));
    }

    private static boolean isUnder(Structure structure, long id, long rootId, LocalDate date) {
        Long current = id;
        for (int depth = 0; current != null && depth < 64; depth++) {
            if (current == rootId) {
                return true;
            }
            current = structure.parentOn(current, date);
        }
        return false;
    }
}
