// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;
import org.sqlite.SQLiteDataSource;

/**
 * A few long-lived SQLite connections. Opening a connection per query would re-read the schema and
 * re-apply the pragmas every time; SQLite itself serialises writers, WAL lets readers run beside them.
 */
final class ConnectionPool implements ConnectionProvider, AutoCloseable {

    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();

    ConnectionPool(SQLiteDataSource source, int size) throws SQLException {
        idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Connection c = source.getConnection();
            all.add(c);
            idle.add(c);
        }
    }

    @Override
    public Connection acquire() {
        try {
            Connection c = idle.poll(30, TimeUnit.SECONDS);
            if (c == null) {
                throw new DataAccessException("No database connection became free within 30 s");
            }
            return c;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessException("Interrupted while waiting for a database connection", e);
        }
    }

    @Override
    public void release(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Could not reset a database connection", e);
        } finally {
            idle.offer(connection);
        }
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing at shutdown: nothing left to protect
            }
        }
    }
}
