// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.nio.file.Path;
import java.util.List;
import org.disclosuredesk.requests.ImportedRequest;
import org.disclosuredesk.requests.Request;
import org.disclosuredesk.requests.RequestService;
import org.disclosuredesk.requests.RequestView;
import org.disclosuredesk.settings.SettingsService;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.transfer.ColumnMapping;
import org.disclosuredesk.shared.transfer.ImportPreview;

/** Import of an existing log (read, map, preview, store the valid rows) and export of a year. */
public final class RequestTransfer {

    /** Where the last import's mapping is remembered (app settings). */
    public static final String SETTINGS_KEY = "requests.import.mapping";
    /** The request log's mapping files name the field first: {"申请人": "姓名"}. */
    private static final ColumnMapping.FileShape SHAPE = ColumnMapping.FileShape.FIELD_TO_HEADING;

    private final RequestService requests;
    private final SettingsService settings;

    public RequestTransfer(RequestService requests, SettingsService settings) {
        this.requests = requests;
        this.settings = settings;
    }

    /** A request-log mapping file: field → sheet heading, {@code {"申请人": "姓名", "收到申请日期": "收件日期"}}. */
    public static ColumnMapping<ImportField> fromJson(String json, String source) {
        return ColumnMapping.fromJson(ImportField.class, json, SHAPE, source, "{\"申请人\": \"姓名\", \"收到申请日期\": \"收件日期\"}");
    }

    public SheetTable read(Path file) {
        return SheetReader.read(file);
    }

    /** The mapping remembered from the last import where it fits this file, the guess elsewhere. */
    public ColumnMapping<ImportField> mappingFor(SheetTable table) {
        ColumnMapping<ImportField> guess = ColumnMapping.guess(ImportField.class, table.headers());
        return settings.value(SETTINGS_KEY)
                .map(json -> {
                    try {
                        return ColumnMapping.guess(table.headers(), fromJson(json, "已保存的列对应"));
                    } catch (UserError unreadable) {
                        return guess;
                    }
                })
                .orElse(guess);
    }

    public ImportPreview<ImportedRequest, ImportField> preview(SheetTable table, ColumnMapping<ImportField> mapping) {
        return new RequestImporter(requests.today(), requests::isAlreadyLogged).preview(table, mapping);
    }

    /** Stores every valid row of the preview in one transaction, and remembers the mapping. */
    public List<Request> importValid(ImportPreview<ImportedRequest, ImportField> preview) {
        if (preview.validValues().isEmpty()) {
            throw new UserError("没有可以导入的行：请先改正预览中列出的问题。");
        }
        List<Request> stored = requests.importRequests(preview.validValues());
        settings.putValue(SETTINGS_KEY, preview.mapping().toJson(SHAPE));
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
