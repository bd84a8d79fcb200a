// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.db;

import java.nio.file.Path;

/** A database read or write stopped by the disk (see {@link StorageProblem}); the message is for the clerk. */
public final class StorageException extends RuntimeException {

    private final StorageProblem problem;
    private final Path file;

    public StorageException(StorageProblem problem, Path file, Throwable cause) {
        super(problem.message(file), cause);
        this.problem = problem;
        this.file = file;
    }

    public StorageProblem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }
}
