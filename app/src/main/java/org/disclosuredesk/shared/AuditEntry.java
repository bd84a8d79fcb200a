// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

/** One line of the audit trail: who changed what, when, from what to what. */
public record AuditEntry(String at, String actor, String entity, Long entityId, Action action,
        String field, String oldValue, String newValue, String summary) {

    public enum Action { CREATE, UPDATE, DELETE, LOCK, UNLOCK, IMPORT, RESTORE, EXPORT }
}
