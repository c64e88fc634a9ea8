package de.kundenkontakt.quickcheck.app.statistics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** How {@link StatisticFacts} are stored in a row of {@code statistic_assessment}. */
final class StatisticFactRows {

    /** The columns {@link #read} reads, for a {@code SELECT}. */
    static final String COLUMNS = "assessment_id, chain_id, company_id, owner_account_id, created_at,"
            + " month_start, catalog_id, industry, size_class, region, complete, eligible, benchmark, answers,"
            + " recommendations, gaps";

    private StatisticFactRows() {
    }

    /**
     * Binds the facts to parameters 1 to 16 in the order chain_id, company_id, owner_account_id,
     * created_at, month_start, catalog_id, industry, size_class, region, complete, eligible,
     * benchmark, answers, recommendations, gaps, assessment_id.
     */
    static void bind(PreparedStatement ps, StatisticFacts f) throws SQLException {
        ps.setObject(1, f.chainId());
        setUuid(ps, 2, f.companyId());
        setUuid(ps, 3, f.ownerId());
        ps.setObject(4, OffsetDateTime.ofInstant(f.createdAt(), ZoneOffset.UTC));
        ps.setObject(5, f.monthStart());
        ps.setString(6, f.catalogId());
        ps.setString(7, f.industry());
        ps.setString(8, f.sizeClass());
        ps.setString(9, f.region());
        ps.setBoolean(10, f.complete());
        ps.setBoolean(11, f.eligible());
        ps.setBoolean(12, f.benchmark());
        ps.setString(13, f.answers());
        ps.setString(14, f.recommendations());
        ps.setString(15, f.gaps());
        ps.setObject(16, f.assessmentId());
    }

    private static void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, value);
        }
    }

    /** One row of {@code statistic_assessment}. */
    static StatisticFacts read(ResultSet rs, int rowNum) throws SQLException {
        return new StatisticFacts(
                rs.getObject("assessment_id", UUID.class),
                rs.getObject("chain_id", UUID.class),
                rs.getObject("company_id", UUID.class),
                rs.getObject("owner_account_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("month_start", LocalDate.class),
                rs.getString("catalog_id"),
                rs.getString("industry"),
                rs.getString("size_class"),
                rs.getString("region"),
                rs.getBoolean("complete"),
                rs.getBoolean("eligible"),
                rs.getBoolean("benchmark"),
                rs.getString("answers"),
                rs.getString("recommendations"),
                rs.getString("gaps"));
    }
}
