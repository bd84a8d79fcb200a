// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * `mvn verify` shows what a developer needs (issue 13): the tests' console gets warnings only, so Flyway's
 * INFO line per migration per test database no longer fills the log; the app's own loggers still record INFO
 * for tests that listen to them.
 */
class QuietTestLoggingTest {

    @Test
    void surefire_points_java_logging_at_the_test_configuration() {
        String file = System.getProperty("java.util.logging.config.file");
        assertTrue(file != null && Files.isRegularFile(Path.of(file)), "java.util.logging.config.file = " + file);
    }

    @Test
    void the_console_shows_warnings_only_and_the_apps_loggers_keep_info() {
        Handler[] handlers = Logger.getLogger("").getHandlers();
        assertTrue(handlers.length > 0);
        for (Handler h : handlers) {
            assertTrue(h.getLevel().intValue() >= Level.WARNING.intValue(), h + " at " + h.getLevel());
        }
        assertTrue(!Logger.getLogger("org.flywaydb.core.internal.command.DbMigrate").isLoggable(Level.INFO));
        assertTrue(Logger.getLogger("org.flywaydb.core.internal.command.DbMigrate").isLoggable(Level.WARNING));
        assertTrue(Logger.getLogger("org.disclosuredesk.backup").isLoggable(Level.INFO));
    }
}
