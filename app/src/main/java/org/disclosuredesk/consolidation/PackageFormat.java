// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.disclosuredesk.report.Narrative;
import org.disclosuredesk.report.ReportTables;
import org.disclosuredesk.report.format.CellRef;
import org.disclosuredesk.report.format.ReportFormat;
import org.disclosuredesk.report.format.ReportFormats;
import org.disclosuredesk.report.format.ReportTable;

/**
 * The 年报数据包 on disk (docs/county-exchange.md): a zip holding {@code package.json} and
 * {@code package.sha256}, the SHA-256 of the JSON bytes in {@code sha256sum} form. The hash is over the
 * exact bytes, so any change to the content — a figure edited in a text editor — is seen on arrival.
 */
public final class PackageFormat {

    public static final String KIND = "disclosure-desk/county-package";
    public static final int SCHEMA_VERSION = 1;
    static final String CONTENT_ENTRY = "package.json";
    static final String HASH_ENTRY = "package.sha256";
    /** A package is a few dozen kilobytes; anything far larger is not ours (and no zip bomb is unpacked). */
    private static final int MAX_ENTRY_BYTES = 8 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PackageFormat() {
    }

    /** The package's JSON bytes: what the hash covers and what the county stores. */
    public static byte[] content(ExchangePackage p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", KIND);
        root.put("schema_version", p.schemaVersion());
        root.put("app_version", p.appVersion());
        root.put("exported_at", p.exportedAt());
        ObjectNode organ = root.putObject("organ");
        organ.put("name", p.organName());
        organ.put("credit_code", p.creditCode());
        root.put("year", p.year());
        ObjectNode report = root.putObject("report");
        report.put("format_version", p.tables().format().version());
        report.put("state", p.state().name());
        report.put("final_exported_at", p.finalExportedAt());
        ArrayNode cells = root.putArray("tables");
        for (Map.Entry<CellRef, Long> e : p.tables().values().entrySet()) {
            ObjectNode c = cells.addObject();
            c.put("table", e.getKey().table().name());
            c.put("row", e.getKey().row());
            c.put("column", e.getKey().column());
            c.put("value", e.getValue());
        }
        ObjectNode plan = root.putObject("plan");
        plan.put("tasks", p.plan().tasks());
        plan.put("done", p.plan().done());
        ArrayNode units = plan.putArray("by_unit");
        for (UnitProgress u : p.plan().byUnit()) {
            units.addObject().put("unit", u.unit()).put("tasks", u.tasks()).put("done", u.done());
        }
        root.putObject("figures")
                .put("documents_published", p.figures().documentsPublished())
                .put("interpretations_published", p.figures().interpretationsPublished())
                .put("answered_late", p.figures().answeredLate());
        ObjectNode narrative = root.putObject("narrative");
        narrative.put("overview", p.narrative().overview());
        narrative.put("problems", p.narrative().problems());
        narrative.put("other_matters", p.narrative().otherMatters());
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the package JSON", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The zip as sent: the content and its hash. */
    public static byte[] zip(ExchangePackage p) {
        byte[] content = content(p);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(CONTENT_ENTRY));
            zip.write(content);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(HASH_ENTRY));
            zip.write((sha256(content) + "  " + CONTENT_ENTRY + "\n").getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the package zip", e);
        }
        return bytes.toByteArray();
    }

    /** A package read and verified: its content, the exact JSON bytes and their hash. */
    public record Verified(ExchangePackage content, byte[] json, String sha256) {
    }

    /** Reads a zip as received, verifying the hash and the schema; refuses anything else with the reason. */
    public static Verified read(byte[] zipBytes) {
        Map<String, byte[]> entries = unzip(zipBytes);
        byte[] json = entries.get(CONTENT_ENTRY);
        byte[] hashLine = entries.get(HASH_ENTRY);
        if (json == null || hashLine == null) {
            throw new PackageRefused("该文件不是政务公开工作台导出的上报数据包（缺少 " + (json == null ? CONTENT_ENTRY : HASH_ENTRY)
                    + "）。请让报送单位在「年度报告」中重新「导出上报数据」。");
        }
        String declared = new String(hashLine, StandardCharsets.US_ASCII).strip().split("\\s+")[0].toLowerCase();
        String actual = sha256(json);
        if (!actual.equals(declared)) {
            throw new PackageRefused("数据包内容与其校验值不符，可能在导出后被改动或已损坏，未导入。请让报送单位重新导出并发送。");
        }
        return new Verified(parse(json), json, actual);
    }

    /** Parses stored or received JSON bytes (already verified) into the package. */
    public static ExchangePackage parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new PackageRefused("数据包内容无法读取（不是有效的 JSON），未导入。", e);
        }
        if (root == null || !KIND.equals(root.path("kind").asText())) {
            throw new PackageRefused("该文件不是政务公开工作台的上报数据包，未导入。");
        }
        int schema = root.path("schema_version").asInt(-1);
        if (schema > SCHEMA_VERSION) {
            throw new PackageRefused("该数据包由更新版本的政务公开工作台导出（数据包格式第" + schema + "版，本机只认识到第"
                    + SCHEMA_VERSION + "版），未导入。请先升级本机的政务公开工作台。");
        }
        if (schema < 1) {
            throw new PackageRefused("数据包没有有效的格式版本号，未导入。");
        }
        int year = root.path("year").asInt(0);
        String formatVersion = root.path("report").path("format_version").asText("");
        ReportFormat format = ReportFormats.all().stream().filter(f -> f.version().equals(formatVersion)).findFirst()
                .orElseThrow(() -> new PackageRefused("数据包使用了本机不认识的年度报告格式「" + formatVersion + "」，未导入。"));
        if (!format.version().equals(ReportFormats.forYear(year).version())) {
            throw new PackageRefused(year + "年度的年度报告应使用" + ReportFormats.forYear(year).notice() + "格式，数据包却是"
                    + format.notice() + "格式，未导入。");
        }
        String organ = text(root.path("organ"), "name");
        if (organ.isBlank()) {
            throw new PackageRefused("数据包没有写明报送机关名称，未导入。");
        }
        ReportState state;
        try {
            state = ReportState.valueOf(root.path("report").path("state").asText());
        } catch (IllegalArgumentException e) {
            throw new PackageRefused("数据包的报告状态无法识别，未导入。", e);
        }
        return new ExchangePackage(schema, text(root, "app_version"), text(root, "exported_at"), organ,
                nullableText(root.path("organ"), "credit_code"), year, state,
                nullableText(root.path("report"), "final_exported_at"), tables(root, year, format), plan(root.path("plan")),
                new Narrative(text(root.path("narrative"), "overview"), text(root.path("narrative"), "problems"),
                        text(root.path("narrative"), "other_matters")),
                new ExchangePackage.YearFigures(root.path("figures").path("documents_published").asLong(0),
                        root.path("figures").path("interpretations_published").asLong(0),
                        root.path("figures").path("answered_late").asLong(0)));
    }

    private static ReportTables tables(JsonNode root, int year, ReportFormat format) {
        Map<CellRef, Long> values = new HashMap<>();
        java.util.Set<CellRef> known = new java.util.HashSet<>(format.cells());
        for (JsonNode c : root.path("tables")) {
            CellRef cell;
            try {
                cell = new CellRef(ReportTable.valueOf(c.path("table").asText()), c.path("row").asText(),
                        c.path("column").asText());
            } catch (IllegalArgumentException e) {
                throw new PackageRefused("数据包中有无法识别的表格单元格，未导入。", e);
            }
            if (!known.contains(cell) || !c.path("value").canConvertToLong()) {
                throw new PackageRefused("数据包中的单元格「" + cell.row() + " / " + cell.column() + "」不属于"
                        + format.notice() + "格式或不是整数，未导入。");
            }
            values.put(cell, c.path("value").asLong());
        }
        if (!values.keySet().containsAll(known)) {
            throw new PackageRefused("数据包的表格不完整（应有" + known.size() + "个单元格，只有" + values.size() + "个），未导入。");
        }
        return new ReportTables(year, format, values);
    }

    private static PlanProgress plan(JsonNode plan) {
        List<UnitProgress> units = new ArrayList<>();
        for (JsonNode u : plan.path("by_unit")) {
            units.add(new UnitProgress(u.path("unit").asText(), u.path("tasks").asInt(), u.path("done").asInt()));
        }
        return new PlanProgress(plan.path("tasks").asInt(0), plan.path("done").asInt(0), units);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() ? "" : v.asText();
    }

    private static String nullableText(JsonNode node, String field) {
        String t = text(node, field);
        return t.isBlank() ? null : t;
    }

    private static Map<String, byte[]> unzip(byte[] zipBytes) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = zip.getNextEntry()) != null) {
                any = true;
                if (entry.getName().equals(CONTENT_ENTRY) || entry.getName().equals(HASH_ENTRY)) {
                    entries.put(entry.getName(), readBounded(zip));
                }
            }
            if (!any) {
                throw new PackageRefused("该文件不是有效的上报数据包（不是 zip 文件或已损坏），未导入。");
            }
        } catch (ZipException e) {
            throw new PackageRefused("该文件不是有效的上报数据包（zip 文件已损坏），未导入。", e);
        } catch (IOException e) {
            throw new PackageRefused("读取数据包失败：" + e.getMessage(), e);
        }
        return entries;
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_ENTRY_BYTES) {
                throw new PackageRefused("数据包内容异常庞大，不是政务公开工作台导出的上报数据包，未导入。");
            }
        }
        return out.toByteArray();
    }
}
