package de.kundenkontakt.quickcheck.app.company;

import de.kundenkontakt.quickcheck.app.assessment.CompanyProfile;
import de.kundenkontakt.quickcheck.app.assessment.ProfileColumns;
import de.kundenkontakt.quickcheck.app.assessment.ProfileOptions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored companies. Every method runs inside the caller's transaction. */
@Repository
class Companies {

    private static final String COLUMNS = "c.id, c.owner_account_id, c.name, c.industry, c.size_class, c.region,"
            + " c.market, c.created_at, c.updated_at";

    private final JdbcClient jdbc;
    private final ProfileOptions options;

    Companies(JdbcClient jdbc, ProfileOptions options) {
        this.jdbc = jdbc;
        this.options = options;
    }

    void add(Company company) {
        jdbc.sql("INSERT INTO company (id, owner_account_id, name, industry, size_class, region, market, created_at,"
                        + " updated_at) VALUES (:id, :owner, :name, :industry, :size, :region, :market, :created, :updated)")
                .param("id", company.id())
                .param("owner", company.ownerId())
                .params(ProfileColumns.parameters(company.profile()))
                .param("created", timestamp(company.createdAt()))
                .param("updated", timestamp(company.updatedAt()))
                .update();
    }

    /** Replaces the profile; the owner changes only by {@link #reassign}. */
    void update(Company company) {
        jdbc.sql("UPDATE company SET name = :name, industry = :industry, size_class = :size, region = :region,"
                        + " market = :market, updated_at = :updated WHERE id = :id")
                .param("id", company.id())
                .params(ProfileColumns.parameters(company.profile()))
                .param("updated", timestamp(company.updatedAt()))
                .update();
    }

    /** The company with this id, optionally locking its row until the transaction ends. */
    Optional<Company> find(UUID id, boolean forUpdate) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM company c WHERE c.id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .param("id", id)
                .query(this::company)
                .optional();
    }

    /** The ids of the companies this account looks after. */
    List<UUID> idsOwnedBy(UUID ownerId) {
        return jdbc.sql("SELECT id FROM company WHERE owner_account_id = :owner ORDER BY created_at, id")
                .param("owner", ownerId)
                .query(UUID.class)
                .list();
    }

    /**
     * The companies of one owner (or of all, when {@code ownerId} is null) whose name contains
     * {@code search} (ignoring case; null or blank for all), in the given order.
     */
    List<CompanyListing> list(UUID ownerId, String search, CompanySort sort) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", a.email AS owner_email, a.active AS owner_active,"
                + " (SELECT MAX(s.created_at) FROM assessment s WHERE s.company_id = c.id) AS last_assessment,"
                + " (SELECT COUNT(*) FROM assessment s WHERE s.company_id = c.id) AS assessments"
                + " FROM company c JOIN account a ON a.id = c.owner_account_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (ownerId != null) {
            sql.append(" AND c.owner_account_id = ?");
            params.add(ownerId);
        }
        if (search != null && !search.isBlank()) {
            sql.append(" AND LOWER(c.name) LIKE ? ESCAPE '\\'");
            params.add("%" + escapeLike(search.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        sql.append(sort == CompanySort.LAST_ASSESSMENT
                ? " ORDER BY last_assessment DESC NULLS LAST, LOWER(c.name), c.id"
                : " ORDER BY LOWER(c.name), c.id");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new CompanyListing(
                        company(rs, n),
                        rs.getString("owner_email"),
                        rs.getBoolean("owner_active"),
                        instant(rs, "last_assessment"),
                        rs.getInt("assessments")))
                .list();
    }

    /** Hands the company to another owner. */
    void reassign(UUID id, UUID newOwnerId, Instant now) {
        jdbc.sql("UPDATE company SET owner_account_id = :owner, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("owner", newOwnerId)
                .param("now", timestamp(now))
                .update();
    }

    /** Deletes the company; the database deletes its assessments, invitation links and shares with it. */
    boolean remove(UUID id) {
        return jdbc.sql("DELETE FROM company WHERE id = :id").param("id", id).update() == 1;
    }

    private Company company(ResultSet rs, int rowNum) throws SQLException {
        CompanyProfile profile = CompanyProfile.parse(
                options,
                rs.getString("name"),
                rs.getString("industry"),
                rs.getString("size_class"),
                rs.getString("region"),
                rs.getString("market"));
        return new Company(
                rs.getObject("id", UUID.class),
                rs.getObject("owner_account_id", UUID.class),
                profile,
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    /** Now, to the microsecond, the finest precision both databases keep. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
