// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

/**
 * Personal ID numbers are personal information: lists, exports to screen and the command line show
 * only the first 6 and last 4 characters (110105********1234); the detail view shows the full number.
 */
public final class IdMask {

    private IdMask() {
    }

    public static String mask(IdType type, String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String n = number.trim();
        if (type == IdType.CREDIT_CODE) {
            return n;
        }
        if (n.length() <= 4) {
            return "*".repeat(n.length());
        }
        int head = n.length() >= 14 ? 6 : Math.max(0, n.length() - 6);
        head = Math.min(head, n.length() - 4);
        return n.substring(0, head) + "*".repeat(n.length() - head - 4) + n.substring(n.length() - 4);
    }
}
