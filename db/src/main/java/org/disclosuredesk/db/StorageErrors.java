// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.db;

import java.nio.file.Path;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Turns a query stopped by the disk into a {@link StorageException} naming the database file. */
final class StorageErrors implements ExecuteListener {

    private final Path file;

    StorageErrors(Path file) {
        this.file = file;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException e = ctx.exception();
        if (e != null && !(e instanceof StorageException)) {
            StorageProblem.of(e, file).ifPresent(p -> ctx.exception(new StorageException(p, file, e)));
        }
    }
}
