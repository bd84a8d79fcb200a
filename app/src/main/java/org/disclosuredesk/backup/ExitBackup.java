// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.disclosuredesk.shared.UserMessages;

/**
 * The backup promised on every normal exit, made once however the app ends (the window's ×, Alt+F4,
 * the OS asking the app to quit, a kill), then read back: a backup that does not hold the rows the live
 * file holds is logged as a failure, never taken for a good one.
 */
public final class ExitBackup {

    private static final Logger LOG = Logger.getLogger(ExitBackup.class.getName());

    private final BackupService backups;
    private final Supplier<Map<String, Integer>> liveCounts;
    private final AtomicBoolean started = new AtomicBoolean();

    public ExitBackup(BackupService backups, Supplier<Map<String, Integer>> liveCounts) {
        this.backups = backups;
        this.liveCounts = liveCounts;
    }

    /** Writes and checks the exit backup; empty when it was already made or could not be made (logged). */
    public Optional<BackupFile> run(String path) {
        if (!started.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            Map<String, Integer> live = liveCounts.get();
            BackupFile made = backups.onCleanExit();
            BackupContents written = backups.inspect(made.path());
            if (!written.healthy() || !written.tableCounts().equals(live)) {
                LOG.warning("Exit backup " + made.path() + " (" + path + ") does not match the live data: "
                        + written.problems() + " " + written.tableCounts() + " vs " + live);
                return Optional.empty();
            }
            LOG.info("Exit backup written and checked (" + path + "): " + made.path());
            return Optional.of(made);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exit backup could not be made (" + path + "): " + UserMessages.of(e), e);
            return Optional.empty();
        }
    }

    /** True once an exit path has started the backup: later paths do not make a second one. */
    public boolean started() {
        return started.get();
    }
}
