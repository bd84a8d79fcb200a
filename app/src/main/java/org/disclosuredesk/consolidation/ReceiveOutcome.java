// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.nio.file.Path;

/** What happened to one file dropped in: taken in, already there, a second different version, or refused. */
public record ReceiveOutcome(Path file, Kind kind, String organ, String message) {

    public enum Kind {
        STORED("已接收"),
        SECOND_VERSION("已接收（第二份，需选定）"),
        ALREADY_RECEIVED("已接收过，未重复保存"),
        REFUSED("未导入");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean stored() {
        return kind == Kind.STORED || kind == Kind.SECOND_VERSION;
    }
}
