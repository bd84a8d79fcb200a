// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.law.ReviewKind;
import org.disclosuredesk.law.ReviewResult;
import org.disclosuredesk.report.check.Finding;
import org.disclosuredesk.report.format.ApplicantColumns;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.DisclosureBlock;
import org.disclosuredesk.report.format.ReportFormat;
import org.disclosuredesk.report.format.ReportSection;
import org.disclosuredesk.report.format.RequestRowDef;
import org.disclosuredesk.report.format.ReviewColumns;
import org.disclosuredesk.report.format.ValueKind;

/**
 * The report as plain maps for {@code report build --json} (a contract other tools read): each table by
 * its section title, each row and column by its printed label, money in 万元 as a decimal, then the
 * check results and the export state.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static Map<String, Object> of(Report report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("year", report.year());
        root.put("title", report.title());
        root.put("organ", report.organName());
        Map<String, Object> format = new LinkedHashMap<>();
        format.put("version", report.format().version());
        format.put("notice", report.format().notice());
        root.put("format", format);
        Map<String, Object> tables = new LinkedHashMap<>();
        tables.put(ReportSection.ACTIVE_DISCLOSURE.title(), activeDisclosure(report.tables()));
        tables.put(ReportSection.REQUESTS.title(), requests(report.tables()));
        tables.put(ReportSection.REVIEWS.title(), reviews(report.tables()));
        root.put("tables", tables);
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("exportable", report.exportable());
        checks.put("errors", findings(report.errors(), report.format()));
        checks.put("warnings", findings(report.warnings(), report.format()));
        root.put("checks", checks);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("final_exported_at", report.state().finalExportedAt());
        state.put("locked", report.state().locked());
        state.put("needs_reexport", report.state().needsReexport());
        root.put("state", state);
        return root;
    }

    private static List<Object> activeDisclosure(ReportTables t) {
        List<Object> blocks = new ArrayList<>();
        for (DisclosureBlock block : t.format().activeDisclosure()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("block", block.title());
            List<Object> rows = new ArrayList<>();
            for (DisclosureBlock.Row row : block.rows()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put(block.header().get(0), row.label());
                for (int i = 0; i < row.measures().size(); i++) {
                    CellRef cell = CellRef.activeDisclosure(row.key(), block.column(i));
                    r.put(block.column(i), number(row.measures().get(i).kind(), t.value(cell)));
                }
                rows.add(r);
            }
            b.put("rows", rows);
            blocks.add(b);
        }
        return blocks;
    }

    private static List<Object> requests(ReportTables t) {
        List<Object> rows = new ArrayList<>();
        for (RequestRowDef row : t.format().requestRows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("row", row.label());
            r.put("key", row.key());
            for (String column : ApplicantColumns.keys()) {
                r.put(ApplicantColumns.label(column), t.requests(row.key(), column));
            }
            rows.add(r);
        }
        return rows;
    }

    private static Map<String, Object> reviews(ReportTables t) {
        Map<String, Object> table = new LinkedHashMap<>();
        Map<String, Object> lawsuits = new LinkedHashMap<>();
        for (ReviewKind kind : ReviewKind.values()) {
            Map<String, Object> group = new LinkedHashMap<>();
            for (ReviewResult result : ReviewResult.values()) {
                group.put(result.label(), t.value(ReviewColumns.cell(kind, result)));
            }
            group.put(ReviewResult.TOTAL_LABEL, t.value(ReviewColumns.total(kind)));
            if (kind == ReviewKind.ADMINISTRATIVE_REVIEW) {
                table.put(kind.tableLabel(), group);
            } else {
                lawsuits.put(kind.tableLabel(), group);
            }
        }
        table.put(ReviewKind.LAWSUIT_GROUP_LABEL, lawsuits);
        return table;
    }

    private static Object number(ValueKind kind, long value) {
        return kind == ValueKind.AMOUNT_WAN_YUAN ? new BigDecimal(kind.format(value)) : (Object) value;
    }

    private static List<Object> findings(List<Finding> findings, ReportFormat format) {
        List<Object> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("where", f.where(format));
            m.put("message", f.message());
            list.add(m);
        }
        return list;
    }
}
