// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The app's one plain Jackson mapper (thread-safe once configured), made on first use. Why lazy: a
 * mapper in a repository's static field cost the window's database open about 100 ms of Jackson's class
 * loading on every start (issue 17), though most starts never read a JSON column.
 */
public final class Json {

    private Json() {
    }

    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
