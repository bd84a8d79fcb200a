// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

/**
 * Runs {@link BackgroundTask}s off the UI thread and delivers their callbacks where the caller can
 * touch its state: the FX thread in the app, the calling thread in tests.
 */
public interface TaskExecutor {

    /** Work that reads: may run beside other reads. */
    <T> void execute(BackgroundTask<T> task);

    /** Work that writes to the database: runs one at a time, in order (SQLite has one writer). */
    <T> void executeWrite(BackgroundTask<T> task);
}
