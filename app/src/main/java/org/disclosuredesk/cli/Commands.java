// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import org.disclosuredesk.AppContext;
import picocli.CommandLine.Model.CommandSpec;

/** What every command needs: the app context of the root command, its output, and JSON printing. */
public final class Commands {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Commands() {
    }

    public static AppContext context(CommandSpec spec) {
        return ((RootCommand) spec.root().userObject()).context();
    }

    /** For {@code init}: the context on a database created when missing. */
    static AppContext createdContext(CommandSpec spec) {
        return ((RootCommand) spec.root().userObject()).createdContext();
    }

    public static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    public static void printJson(CommandSpec spec, Object value) {
        try {
            out(spec).println(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
