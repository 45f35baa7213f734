package vn.dangbo.portal.core.bulkload;

import java.sql.Connection;
import java.sql.SQLException;
import vn.dangbo.portal.datagen.DataGenerator;

/**
 * Generates the synthetic data and loads it in one transaction on the given connection: everything or,
 * on any error, nothing. The connection's auto-commit is restored afterwards.
 */
public final class GeneratedDataLoader {

    private final long seed;
    private final double scale;

    public GeneratedDataLoader(long seed, double scale) {
        if (!(scale > 0 && scale <= 10)) {
            throw new IllegalArgumentException("scale must be in (0, 10], not " + scale);
        }
        this.seed = seed;
        this.scale = scale;
    }

    public LoadReport load(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            DatabaseSink sink = DatabaseSink.on(connection);
            try {
                new DataGenerator(seed, scale).generate(sink);
            } finally {
                sink.close();
            }
            connection.commit();
            sink.advanceSequence();
            connection.commit();
            return sink.report(seed, scale);
        } catch (RuntimeException | SQLException | Error e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
