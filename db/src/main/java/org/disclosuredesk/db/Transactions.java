// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.db;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction. Repositories built on the same {@link Database} join the
 * transaction of the calling thread, so a service can span several repositories without ever seeing jOOQ.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
