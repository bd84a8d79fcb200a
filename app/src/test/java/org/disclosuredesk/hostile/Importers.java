// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import java.util.List;

/**
 * Every importer the hostile-input tests drive. Issue 7 names: plan .docx/.txt, register and request
 * .xlsx/.csv, holiday-notice text for the calendar, and restore from a backup file. Add one line per
 * importer as it lands on main.
 */
final class Importers {

    private Importers() {
    }

    static List<ImporterAdapter> all() {
        return List.of(
                new BackupRestoreAdapter(),
                new CalendarNoticeAdapter(),
                new RegisterImportAdapter(),
                new RequestsImportAdapter(),
                new PlanImportAdapter());
    }
}
