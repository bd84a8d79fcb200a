// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.cli.CliApp;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.demo.DemoOffice;
import org.disclosuredesk.report.ReportJson;
import org.disclosuredesk.register.YearlyStatistics;
import org.disclosuredesk.requests.RequestView;
import org.disclosuredesk.settings.OrgSettings;
import org.disclosuredesk.shared.BackgroundTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 end to end: three demo offices export their 2025 packages, a fourth (county) database takes
 * them in, and the county tables are the cell-by-cell sums of the three offices' own report tables.
 */
class CountyConsolidationTest {

    private static final int YEAR = 2025;
    private static final Clock JAN_20 = Clock.fixed(Instant.parse("2026-01-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] OFFICES = {"县教育局", "县卫生健康局", "城关镇人民政府"};

    @TempDir
    static Path dir;
    private static final List<Path> packages = new ArrayList<>();
    private static final List<JsonNode> officeTables = new ArrayList<>();
    private static final List<String> applicantData = new ArrayList<>();

    /** One demo office, copied twice under other names with other yearly statistics, so the three differ. */
    @BeforeAll
    static void threeOfficesExportTheirPackages() throws Exception {
        Path first = dir.resolve("office-0.db");
        try (AppContext ctx = new AppContext(Database.open(first), JAN_20)) {
            new DemoOffice(ctx).fill(YEAR, OFFICES[0], BackgroundTask.Progress.NONE);
            for (RequestView v : ctx.requests().ledger(YEAR)) {
                applicantData.add(v.request().applicant().name());
                applicantData.add(v.request().applicant().idNumber());
                applicantData.add(v.request().applicant().phone());
                applicantData.add(v.request().intake().content());
            }
        }
        for (int i = 1; i < OFFICES.length; i++) {
            Files.copy(first, dir.resolve("office-" + i + ".db"));
        }
        for (int i = 0; i < OFFICES.length; i++) {
            try (AppContext ctx = new AppContext(Database.open(dir.resolve("office-" + i + ".db")), JAN_20)) {
                OrgSettings s = ctx.settings().current();
                ctx.settings().save(new OrgSettings(OFFICES[i], OFFICES[i], OFFICES[i], s.requestNumberPrefix(),
                        s.dueSoonWorkingDays(), s.interpretationWorkingDays(), s.indexNumberPattern(), s.operatorName()));
                if (i > 0) {
                    YearlyStatistics st = ctx.yearlyStatistics().forYear(YEAR);
                    ctx.yearlyStatistics().save(new YearlyStatistics(YEAR, st.licensingDecisions() + 100 * i,
                            st.penaltyDecisions() + 7 * i, st.coercionDecisions() + i, st.adminFeeFen() + 12345 * i,
                            "测试：第" + i + "个单位", true));
                }
                officeTables.add(JSON.valueToTree(ReportJson.of(ctx.report().build(YEAR)).get("tables")));
                packages.add(ctx.packageExporter().write(YEAR, dir));
            }
        }
    }

    private static AppContext county(String name) {
        return new AppContext(Database.open(dir.resolve(name)), JAN_20);
    }

    @Test
    void package_is_named_for_the_office_and_year() {
        assertEquals(OFFICES[0] + "-2025-上报.zip", packages.get(0).getFileName().toString());
    }

    @Test
    void county_tables_are_the_sums_of_the_offices_own_report_tables_cell_for_cell() throws Exception {
        Path db = dir.resolve("county-sum.db");
        try (AppContext ctx = county("county-sum.db")) {
            ctx.consolidation().importOffices(List.of("县教育局,县直部门", "县卫生健康局", "城关镇人民政府,乡镇", "县交通运输局"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "county", "receive", "--year", "2025"));
        packages.forEach(p -> args.add(p.toString()));
        assertEquals(0, CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new)), err.toString());
        out = new StringWriter();
        assertEquals(0, CliApp.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "--db", db.toString(), "county", "tables", "--year", "2025", "--json"), err.toString());
        JsonNode county = JSON.readTree(out.toString());
        assertEquals(3, county.path("offices").size());
        int[] compared = {0};
        assertSums(county.path("tables"), officeTables, "tables", compared);
        assertTrue(compared[0] > 100, "every cell of the three tables is compared: " + compared[0]);
        assertFalse(officeTables.get(0).equals(officeTables.get(1)), "the offices' figures differ, so the sum is not three times one");
    }

    /** Walks the county tree beside the offices' trees: labels equal, numbers the sum of the offices'. */
    private static void assertSums(JsonNode county, List<JsonNode> offices, String path, int[] compared) {
        if (county.isNumber()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode o : offices) {
                assertTrue(o.isNumber(), path);
                sum = sum.add(o.decimalValue());
            }
            assertEquals(0, sum.compareTo(county.decimalValue()), path + ": county " + county + " ≠ sum " + sum);
            compared[0]++;
        } else if (county.isObject()) {
            county.fieldNames().forEachRemaining(f -> assertSums(county.get(f), offices.stream().map(o -> o.get(f)).toList(),
                    path + "." + f, compared));
            assertEquals(offices.get(0).size(), county.size(), path);
        } else if (county.isArray()) {
            assertEquals(offices.get(0).size(), county.size(), path);
            for (int i = 0; i < county.size(); i++) {
                int n = i;
                assertSums(county.get(i), offices.stream().map(o -> o.get(n)).toList(), path + "[" + i + "]", compared);
            }
        } else {
            assertEquals(offices.get(0).asText(), county.asText(), path);
        }
    }

    @Test
    void packages_carry_no_applicant_data() throws Exception {
        assertTrue(applicantData.size() > 40, "the demo office has requests with applicants");
        for (Path p : packages) {
            String content = new String(entry(Files.readAllBytes(p), PackageFormat.CONTENT_ENTRY), StandardCharsets.UTF_8);
            String raw = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            for (String value : applicantData) {
                if (value != null && value.strip().length() >= 2) {
                    assertFalse(content.contains(value.strip()), "package holds applicant data: " + value);
                    assertFalse(raw.contains(value.strip()), "package holds applicant data: " + value);
                }
            }
            assertFalse(content.matches("(?s).*\\b1[3-9]\\d{9}\\b.*"), "no mobile number");
            assertFalse(content.matches("(?s).*\\b\\d{17}[\\dXx]\\b.*"), "no ID number");
        }
    }

    @Test
    void a_tampered_package_is_refused_and_nothing_is_stored() throws Exception {
        byte[] zip = Files.readAllBytes(packages.get(1));
        String json = new String(entry(zip, PackageFormat.CONTENT_ENTRY), StandardCharsets.UTF_8);
        String altered = json.replaceFirst("\"value\" : (\\d+)", "\"value\" : 999$1");
        assertFalse(altered.equals(json));
        Path tampered = dir.resolve("tampered.zip");
        Files.write(tampered, rezip(zip, PackageFormat.CONTENT_ENTRY, altered.getBytes(StandardCharsets.UTF_8)));
        try (AppContext ctx = county("county-tampered.db")) {
            List<ReceiveOutcome> outcomes = ctx.consolidation().receive(YEAR, List.of(tampered));
            assertEquals(ReceiveOutcome.Kind.REFUSED, outcomes.get(0).kind());
            assertTrue(outcomes.get(0).message().contains("校验值不符"), outcomes.get(0).message());
            assertTrue(ctx.consolidation().status(YEAR).isEmpty(), "nothing stored");
            assertEquals(0, (int) ctx.database().tableCounts().get("county_package"));
        }
    }

    @Test
    void a_package_of_another_year_a_newer_schema_or_damaged_bytes_is_refused() throws Exception {
        byte[] zip = Files.readAllBytes(packages.get(0));
        String json = new String(entry(zip, PackageFormat.CONTENT_ENTRY), StandardCharsets.UTF_8);
        Path newer = dir.resolve("newer.zip");
        Files.write(newer, rezipWithHash(json.replace("\"schema_version\" : 1", "\"schema_version\" : 99")));
        Path damaged = dir.resolve("damaged.zip");
        Files.write(damaged, java.util.Arrays.copyOf(zip, zip.length / 2));
        try (AppContext ctx = county("county-refusals.db")) {
            List<ReceiveOutcome> wrongYear = ctx.consolidation().receive(2024, List.of(packages.get(0)));
            assertEquals(ReceiveOutcome.Kind.REFUSED, wrongYear.get(0).kind());
            assertTrue(wrongYear.get(0).message().contains("2025年度的数据包，当前汇总的是2024年度"), wrongYear.get(0).message());
            List<ReceiveOutcome> rest = ctx.consolidation().receive(YEAR, List.of(newer, damaged));
            assertTrue(rest.get(0).message().contains("更新版本"), rest.get(0).message());
            assertEquals(ReceiveOutcome.Kind.REFUSED, rest.get(1).kind());
            assertEquals(0, (int) ctx.database().tableCounts().get("county_package"));
        }
    }

    @Test
    void a_second_different_package_is_kept_beside_the_first_and_the_clerk_chooses() throws Exception {
        byte[] zip = Files.readAllBytes(packages.get(0));
        String json = new String(entry(zip, PackageFormat.CONTENT_ENTRY), StandardCharsets.UTF_8);
        Path second = dir.resolve("second.zip");
        Files.write(second, rezipWithHash(json.replaceFirst("\"value\" : (\\d+)", "\"value\" : 1$1")));
        try (AppContext ctx = county("county-versions.db")) {
            ConsolidationService county = ctx.consolidation();
            assertEquals(ReceiveOutcome.Kind.STORED, county.receive(YEAR, List.of(packages.get(0))).get(0).kind());
            assertEquals(ReceiveOutcome.Kind.ALREADY_RECEIVED, county.receive(YEAR, List.of(packages.get(0))).get(0).kind());
            assertEquals(ReceiveOutcome.Kind.SECOND_VERSION, county.receive(YEAR, List.of(second)).get(0).kind());
            OfficeStatus s = county.status(YEAR).get(0);
            assertTrue(s.hasSecondVersion());
            assertTrue(s.situation().contains("收到2份不同数据"), s.situation());
            List<VersionDifference> diffs = county.differences(YEAR, OFFICES[0]);
            assertEquals(1, diffs.size());
            long firstId = s.counted().orElseThrow().id();
            long before = county.countyTables(YEAR, true).total().values().values().stream().mapToLong(Long::longValue).sum();
            county.choose(diffs.get(0).other().id());
            assertTrue(county.status(YEAR).get(0).counted().orElseThrow().id() != firstId);
            long after = county.countyTables(YEAR, true).total().values().values().stream().mapToLong(Long::longValue).sum();
            assertTrue(after > before, "the chosen package is the one summed");
        }
    }

    @Test
    void reminders_list_the_offices_without_a_final_package_with_days_left() {
        try (AppContext ctx = county("county-remind.db")) {
            ctx.consolidation().importOffices(List.of("县教育局", "城关镇人民政府,乡镇", "示例县人民政府,县人民政府"));
            ctx.consolidation().receive(YEAR, List.of(packages.get(0)));
            List<Reminder> reminders = ctx.consolidation().reminders(YEAR);
            assertEquals(3, reminders.size(), "a draft is not final: 县教育局 is reminded too");
            assertEquals("县教育局（县直部门）：仅报送草稿，距1月31日截止还有11天", reminders.get(0).line());
            assertEquals("城关镇人民政府（乡镇（街道））：未报送，距1月31日截止还有11天", reminders.get(1).line());
            assertEquals("示例县人民政府（县人民政府）：未报送，距3月31日截止还有70天", reminders.get(2).line());
        }
    }

    @Test
    void county_workbook_has_a_sheet_per_table_a_row_per_office_and_the_total() throws Exception {
        try (AppContext ctx = county("county-xlsx.db")) {
            ctx.consolidation().receive(YEAR, packages);
            CountyTables county = ctx.consolidation().countyTables(YEAR, true);
            Path xlsx = dir.resolve("全县汇总.xlsx");
            ctx.countyExports().writeWorkbook(county, xlsx);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                assertEquals(List.of("表二", "表三", "表四"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
                Sheet three = wb.getSheet("表三");
                assertEquals("全县合计", three.getRow(4).getCell(0).getStringCellValue());
                for (int col = 1; col < three.getRow(0).getLastCellNum(); col++) {
                    double sum = 0;
                    for (int r = 1; r <= 3; r++) {
                        sum += three.getRow(r).getCell(col).getNumericCellValue();
                    }
                    assertEquals(sum, three.getRow(4).getCell(col).getNumericCellValue(), 1e-9, "column " + col);
                }
            }
            Path pdf = dir.resolve("全县汇总.pdf");
            ctx.countyExports().writePdf("示例县", county, pdf, BackgroundTask.Progress.NONE);
            assertTrue(Files.size(pdf) > 10_000);
        }
    }

    @Test
    void county_figures_for_the_draft_are_sums_of_the_packages() {
        try (AppContext ctx = county("county-figures.db")) {
            ctx.consolidation().receive(YEAR, packages);
            CountyTables county = ctx.consolidation().countyTables(YEAR, true);
            CountyFigures f = county.figures();
            long newRequests = 0;
            for (JsonNode t : officeTables) {
                newRequests += t.path("三、收到和处理政府信息公开申请情况").get(0).path("总计").asLong();
            }
            assertEquals(newRequests, f.newRequests());
            assertTrue(f.paragraph(YEAR).contains("共收到政府信息公开申请" + newRequests + "件"), f.paragraph(YEAR));
            assertTrue(f.paragraph(YEAR).startsWith("2025年，全县3个单位报送了年度数据。"));
        }
    }

    static byte[] entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static byte[] rezip(byte[] zip, String name, byte[] replacement) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String n : List.of(PackageFormat.CONTENT_ENTRY, PackageFormat.HASH_ENTRY)) {
                out.putNextEntry(new ZipEntry(n));
                out.write(n.equals(name) ? replacement : entry(zip, n));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A package someone changed and re-hashed: passes the hash, so the other rules must catch it. */
    private static byte[] rezipWithHash(String json) throws Exception {
        byte[] content = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(PackageFormat.CONTENT_ENTRY));
            out.write(content);
            out.closeEntry();
            out.putNextEntry(new ZipEntry(PackageFormat.HASH_ENTRY));
            out.write((PackageFormat.sha256(content) + "  package.json\n").getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

}
