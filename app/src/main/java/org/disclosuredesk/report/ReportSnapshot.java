// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportFormat;
import org.disclosuredesk.report.format.ReportFormats;
import org.disclosuredesk.report.format.ReportTable;
import org.disclosuredesk.shared.Json;

/**
 * The figures of a final export as stored in report_draft.final_figures_json:
 * {@code {"year":2024,"format":"2021","cells":{"REQUESTS|carried_out|TOTAL":3,…}}}.
 */
final class ReportSnapshot {

    private ReportSnapshot() {
    }

    static String toJson(ReportTables tables) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("year", tables.year());
        root.put("format", tables.format().version());
        ObjectNode cells = root.putObject("cells");
        tables.values().forEach((cell, v) -> cells.put(cell.table().name() + "|" + cell.row() + "|" + cell.column(), v));
        try {
            return Json.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empty when the stored text is not a snapshot this build understands. */
    static Optional<ReportTables> fromJson(String json) {
        try {
            JsonNode root = Json.mapper().readTree(json);
            String version = root.path("format").asText();
            Optional<ReportFormat> format = ReportFormats.all().stream().filter(f -> f.version().equals(version)).findFirst();
            if (format.isEmpty() || !root.path("cells").isObject()) {
                return Optional.empty();
            }
            Map<CellRef, Long> values = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("cells").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String[] parts = e.getKey().split("\\|", 3);
                values.put(new CellRef(ReportTable.valueOf(parts[0]), parts[1], parts[2]), e.getValue().asLong());
            }
            return Optional.of(new ReportTables(root.path("year").asInt(), format.get(), values));
        } catch (JsonProcessingException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
