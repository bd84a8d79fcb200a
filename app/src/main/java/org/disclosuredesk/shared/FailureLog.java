// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes an unexpected failure of a background task to the log, once, under the code the worker
 * sees ({@link UserMessages#of}): the error dialog asks them to send the log, so the code must be in it.
 * A failure already explained in words (a {@link UserError}) is the worker's to fix and is not logged.
 */
public final class FailureLog {

    private static final Logger LOG = Logger.getLogger(FailureLog.class.getName());

    private FailureLog() {
    }

    /** Logs the failure when it is unexpected; returns whether it did. */
    public static boolean unexpected(Throwable error) {
        if (error == null || !UserMessages.showsCode(error)) {
            return false;
        }
        LOG.log(Level.SEVERE, "Unexpected failure in a background task, code " + UserMessages.errorCode(error), error);
        return true;
    }
}
