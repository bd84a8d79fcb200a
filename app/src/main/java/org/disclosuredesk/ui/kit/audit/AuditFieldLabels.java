// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.audit;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The name an office worker knows for a stored field ({@code received_on} → 收到申请日期), from
 * {@code i18n/audit_fields_zh_CN.properties}: one list for every record kind, so the history of a request,
 * a document, a task or a report reads the same.
 */
final class AuditFieldLabels {

    private static final ResourceBundle LABELS = ResourceBundle.getBundle("i18n.audit_fields", Locale.SIMPLIFIED_CHINESE);

    private AuditFieldLabels() {
    }

    /** The label of {@code field}, or the field as stored when it has none. */
    static String of(String field) {
        return LABELS.containsKey(field) ? LABELS.getString(field) : field;
    }
}
