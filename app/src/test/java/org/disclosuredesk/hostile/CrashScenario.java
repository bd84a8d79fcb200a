// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import java.nio.file.Path;
import java.util.List;

/**
 * Long work that a power cut or a killed process may interrupt: how to set it up, the command line that
 * runs it, when it is surely half way, and what must hold after the kill (the database sound, the work
 * all there or not at all). {@link CrashSafetyTest} runs each in a child JVM and kills it with SIGKILL.
 */
interface CrashScenario {

    String name();

    /** Prepares files in {@code dir}; returns the arguments after {@code --db <dir>/desk.db}. */
    List<String> prepare(Path dir) throws Exception;

    /** True once the child is surely in the middle of the work (checked every millisecond). */
    boolean halfWay(Path dir) throws Exception;

    /** Checks the state after the kill and a normal reopen. */
    void verifyAfterKill(Path dir) throws Exception;
}
