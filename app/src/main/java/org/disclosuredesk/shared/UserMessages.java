// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.disclosuredesk.db.DatabaseOpenException;
import org.disclosuredesk.db.StorageException;

/** Turns any failure into a sentence for the office worker; unexpected ones get a short code to quote. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String of(Throwable error) {
        Throwable t = explained(error);
        if (t != null) {
            return t.getMessage();
        }
        return "操作没有完成，发生了意外错误（代码 " + errorCode(error) + "）。数据没有改动。请把此代码和日志文件发给技术支持。";
    }

    /** True when {@link #of} shows a code for this failure: nothing in its chain explains it in words. */
    public static boolean showsCode(Throwable error) {
        return explained(error) == null;
    }

    private static Throwable explained(Throwable error) {
        Throwable t = error;
        while (t != null) {
            if (t instanceof UserError || t instanceof DatabaseOpenException || t instanceof StorageException) {
                return t;
            }
            t = t.getCause();
        }
        return null;
    }

    /**
     * Logs {@code error} once, where it is handled: an expected one (a clerk's input, the disk) as a warning
     * with its message, an unexpected one in full with the code the clerk is shown (issue 14, item 9).
     */
    public static void log(Logger log, Throwable error) {
        String message = of(error);
        if (isExpected(error)) {
            log.log(Level.WARNING, message, error instanceof UserError ? null : error);
        } else {
            log.log(Level.SEVERE, "Unexpected error " + errorCode(error) + ": " + message, error);
        }
    }

    /**
     * True for a failure the app foresaw and explains in words (a {@code UserError}, a database that will
     * not open, a disk that refuses a write — anywhere in the causes): it needs no code and no details to copy.
     */
    public static boolean isExpected(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserError || t instanceof DatabaseOpenException || t instanceof StorageException) {
                return true;
            }
        }
        return false;
    }

    /** A short, stable code derived from the error's type and origin, so two reports of one bug match. */
    public static String errorCode(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        String origin = trace.length == 0 ? "" : trace[0].getClassName() + "#" + trace[0].getMethodName();
        int hash = (error.getClass().getName() + "@" + origin).hashCode();
        return String.format(Locale.ROOT, "E%08X", hash);
    }
}
