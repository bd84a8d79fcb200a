// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.demo.DemoOffice;
import org.disclosuredesk.shared.BackgroundTask;

/**
 * {@code report pdf --final} of the demo office's last year, killed while the PDF is being written: no half
 * PDF under the report's name, and the year locked only if the whole file is there.
 */
final class ReportExportCrashScenario implements CrashScenario {

    private static final int YEAR = 2025;

    @Override
    public String name() {
        return "final export of the " + YEAR + " report";
    }

    @Override
    public List<String> prepare(Path dir) {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("desk.db")), Clock.systemDefaultZone())) {
            new DemoOffice(ctx).fill(YEAR + 1, BackgroundTask.Progress.NONE);
        }
        return List.of("report", "pdf", "--year", String.valueOf(YEAR), "--final", "--out", dir.resolve("年度报告.pdf").toString());
    }

    @Override
    public boolean halfWay(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".part") && LargeData.size(f) > 0);
        }
    }

    @Override
    public void verifyAfterKill(Path dir) throws Exception {
        Path pdf = dir.resolve("年度报告.pdf");
        boolean written = Files.exists(pdf);
        if (written) {
            byte[] bytes = Files.readAllBytes(pdf);
            String head = new String(bytes, 0, 5, StandardCharsets.ISO_8859_1);
            String tail = new String(Arrays.copyOfRange(bytes, Math.max(0, bytes.length - 16), bytes.length), StandardCharsets.ISO_8859_1);
            assertEquals("%PDF-", head);
            assertTrue(tail.contains("%%EOF"), "a PDF cut short: " + tail);
        }
        try (AppContext ctx = AppContext.open(dir.resolve("desk.db"))) {
            assertEquals(List.of("ok"), ctx.database().integrityCheck());
            boolean locked = ctx.yearLocks().isLocked(YEAR);
            assertFalse(locked && !written, "the year was locked but its final report was never written");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> pdfs = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".pdf"))
                    .collect(Collectors.toList());
            assertTrue(pdfs.isEmpty() || pdfs.equals(List.of("年度报告.pdf")), "no other file under a real name: " + pdfs);
        }
        // The next export into the same folder removes the half PDF the killed one left there.
        LeftoverCheck.cleanedBy(dir, n -> n.endsWith(".part"), "--db", dir.resolve("desk.db").toString(),
                "report", "pdf", "--year", String.valueOf(YEAR), "--out", dir.resolve("草稿.pdf").toString());
    }
}
