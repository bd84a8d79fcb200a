// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

/**
 * An expected failure with a message for the office worker: what happened and what to do, in Chinese.
 * Shown as is in dialogs, under fields and on stderr; never with a stack trace.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
