package de.kundenkontakt.quickcheck.app.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes a committed transaction mean "on disk" before the first request is served.
 *
 * <p>H2 (MVStore) writes committed changes to its file in the background, by default up to 500 ms
 * later ({@code WRITE_DELAY}); a killed JVM loses what was acknowledged in that time. With
 * {@code WRITE_DELAY 0} every commit writes the store to the file before it returns, so the change
 * survives the end of the process (H2 does not fsync on commit: a crash of the whole machine can
 * still lose the last changes; see docs/operations.md). The setting belongs to the database, not
 * to a connection, and is applied at every start, whatever URL the operator configured; so is
 * {@code DB_CLOSE_DELAY -1}, which keeps the database open while the application runs.
 *
 * <p>PostgreSQL is durable on commit with its defaults ({@code fsync}, {@code synchronous_commit});
 * if either is off, a warning says what a crash of the database server can then lose.
 */
@Component
class DatabaseDurability {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDurability.class);

    DatabaseDurability(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName();
            if ("H2".equals(product)) {
                statement.execute("SET WRITE_DELAY 0");
                // Keep the database open while the JVM runs: by default H2 closes it when the pool
                // happens to close its last connection (connections are renewed every 30 minutes),
                // and statements prepared before fail against the reopened one.
                statement.execute("SET DB_CLOSE_DELAY -1");
            } else if ("PostgreSQL".equals(product)) {
                warnIfOff(statement, "fsync");
                warnIfOff(statement, "synchronous_commit");
            }
        }
    }

    private static void warnIfOff(Statement statement, String setting) throws SQLException {
        try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
            if (result.next() && "off".equalsIgnoreCase(result.getString(1))) {
                log.warn("PostgreSQL runs with {}=off: changes the application acknowledged can be lost if the"
                        + " database server or its machine crashes", setting);
            }
        }
    }
}
