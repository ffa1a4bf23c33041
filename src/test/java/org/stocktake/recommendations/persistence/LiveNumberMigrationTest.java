package org.stocktake.recommendations.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.shared.persistence.jooq.Tables.RECOMMENDATION;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.persistence.Database;

/** V3 gives existing live recommendations their key, and never fails on numbers that already clash. */
class LiveNumberMigrationTest {

    @TempDir
    Path folder;

    @Test
    void existingLiveRecommendationsGetTheirKeyAndOnlyTheOldestOfAClashKeepsIt() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure()
                .dataSource(url, "stocktake", "")
                .locations("classpath:db/migration")
                .target("2")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "stocktake", "");
                Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO review (uuid, code, title, created_at, updated_at)"
                    + " VALUES (RANDOM_UUID(), 'old-2014', 'Old', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            String row = "INSERT INTO recommendation (uuid, review_id, number, position, title, version, created_at,"
                    + " updated_at, deleted_at) VALUES (RANDOM_UUID(), 1, '%s', %d, 'T', 1, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP, %s)";
            sql.execute(row.formatted("1", 1, "NULL"));
            sql.execute(row.formatted("2a", 2, "NULL"));
            // Written past the service's check before the database held the rule.
            sql.execute(row.formatted("2A", 3, "NULL"));
            sql.execute(row.formatted("1", 4, "CURRENT_TIMESTAMP"));
        }

        try (Database database = Database.open(folder)) {
            var keys = database.dsl()
                    .jooq()
                    .select(RECOMMENDATION.NUMBER, RECOMMENDATION.LIVE_NUMBER)
                    .from(RECOMMENDATION)
                    .orderBy(RECOMMENDATION.ID)
                    .fetch(r -> r.value1() + "=" + r.value2());

            assertThat(keys).containsExactly("1=1", "2a=2A", "2A=null", "1=null");
        }
    }
}
