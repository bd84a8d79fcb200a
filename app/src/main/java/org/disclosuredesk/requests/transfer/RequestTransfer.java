// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.requests.RequestView;
import java.util.List;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestService;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.UserError;

/** Import of an existing log (read, map, preview, store the valid rows) and export of a year. */
public final class RequestTransfer {

    private final RequestService requests;
    private final SettingsService settings;

    public RequestTransfer(RequestService requests, SettingsService settings) {
        this.requests = requests;
        this.settings = settings;
    }

    public SheetTable read(Path file) {
        return SheetReader.read(file);
    }

    /** The mapping remembered from the last import where it fits this file, the guess elsewhere. */
    public ColumnMapping mappingFor(SheetTable table) {
        ColumnMapping guess = ColumnMapping.guess(table.headers());
        return settings.value(ColumnMapping.SETTINGS_KEY)
                .map(json -> {
                    try {
                        return ColumnMapping.fromJson(json).over(guess, table.headers());
                    } catch (UserError unreadable) {
                        return guess;
                    }
                })
                .orElse(guess);
    }

    public ImportPreview preview(SheetTable table, ColumnMapping mapping) {
        return new RequestImporter(requests.today(), requests::isAlreadyLogged).preview(table, mapping);
    }

    /** Stores every valid row of the preview in one transaction, and remembers the mapping. */
    public List<Request> importValid(ImportPreview preview) {
        if (preview.validRequests().isEmpty()) {
            throw new UserError("没有可以导入的行：请先改正预览中列出的问题。");
        }
        List<Request> stored = requests.importRequests(preview.validRequests());
        settings.putValue(ColumnMapping.SETTINGS_KEY, preview.mapping().toJson());
        return stored;
    }

    /** Writes the log of {@code year} (by year of registration) to {@code target}. */
    public Path exportYear(int year, Path target) {
        return RequestExporter.export(requests.ledger(year), year + "年依申请公开台账", target);
    }

    /** The rows a list shows for {@code year} (its own requests and those carried over into it), in the list's order. */
    public Path exportShown(List<RequestView> shown, int year, Path target) {
        return RequestExporter.export(shown, year + "年依申请公开台账", target);
    }
}
