// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.disclosuredesk.AppContext;
import org.disclosuredesk.db.Database;
import org.disclosuredesk.register.bench.RegisterBenchmark;
import org.disclosuredesk.register.bench.Timings;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = {"主动公开台账基准测试：在 --db 指定的数据库中生成文件直至 --rows 件，",
    "然后测量搜索、表二数据、台账界面首页和 .xlsx 导入（导入在临时数据库中进行）。"})
final class RegisterBenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", paramLabel = "N", description = "台账总件数（默认 ${DEFAULT-VALUE}）")
    int rows;

    @Option(names = "--year", paramLabel = "YYYY", description = "测量的年度（默认去年），生成的数据截至该年")
    Integer year;

    @Option(names = "--import-rows", defaultValue = "100000", paramLabel = "N", description = "导入测试的行数（默认 ${DEFAULT-VALUE}；0 不测）")
    int importRows;

    @Option(names = "--rounds", defaultValue = "5", paramLabel = "N", description = "每项重复次数（默认 ${DEFAULT-VALUE}）")
    int rounds;

    @Option(names = "--write-workbook", paramLabel = "FILE", description = "只写出 --import-rows 行的测试台账 .xlsx 到 FILE（供 register import 计时）")
    Path writeWorkbook;

    @Option(names = "--floor", paramLabel = "FILE", description = "只做导入的下限：流式读取 FILE 并分批写入 --db，不做检查（与 register import 对比）")
    Path floor;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Override
    public void run() {
        if (rows < 0 || importRows < 0 || rounds < 1) {
            throw new UserError("--rows、--import-rows 不能为负数，--rounds 至少为 1。");
        }
        AppContext ctx = Commands.context(spec);
        PrintWriter out = Commands.out(spec);
        int y = year == null ? LocalDate.now(ctx.clock()).getYear() - 1 : year;
        if (writeWorkbook != null || floor != null) {
            importFloorOnly(ctx, y, out);
            return;
        }
        RegisterBenchmark bench = new RegisterBenchmark(ctx.register());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("machine", machine());
        result.put("database", ctx.database().file().toString());

        long start = System.nanoTime();
        int added = bench.generate(rows, y, progress(out));
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        result.put("rows", ctx.register().count(org.disclosuredesk.register.RegisterQuery.ALL));
        result.put("generated_rows", added);
        result.put("generate_seconds", round(generateSeconds));
        result.put("database_mb", round(size(ctx.database().file()) / 1024.0 / 1024.0));
        say(out, "台账共 " + result.get("rows") + " 件（本次生成 " + added + " 件，用时 " + round(generateSeconds) + " s），数据库 "
                + result.get("database_mb") + " MB");

        bench.search(1);   // warm the page cache and the JIT before measuring
        Map<String, Timings> measured = new LinkedHashMap<>();
        measured.put("search_first_page", bench.search(rounds));
        measured.put("table_two", bench.tableTwo(y, rounds * 4));
        measured.put("register_first_page", bench.firstPage(y, rounds * 4));
        measured.put("register_screen_open", bench.screenOpen(y, rounds * 4));
        for (Map.Entry<String, Timings> e : measured.entrySet()) {
            Timings t = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("what", t.what());
            m.put("median_ms", round(t.median()));
            m.put("p90_ms", round(t.p90()));
            m.put("max_ms", round(t.max()));
            m.put("runs", t.runs());
            result.put(e.getKey(), m);
            say(out, String.format(Locale.ROOT, "%s：中位数 %.1f ms，P90 %.1f ms，最大 %.1f ms（%d 次）", t.what(), t.median(), t.p90(),
                    t.max(), t.runs()));
        }
        if (importRows > 0) {
            result.put("import", importRun(ctx, y, out));
        }
        if (json) {
            Commands.printJson(spec, result);
        }
    }

    private Map<String, Object> importRun(AppContext ctx, int y, PrintWriter out) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("register-bench");
            Path book = dir.resolve("台账" + importRows + "行.xlsx");
            RegisterBenchmark.writeWorkbook(book, importRows, y, LocalDate.now(ctx.clock()));
            try (AppContext fresh = new AppContext(Database.open(dir.resolve("import.db")), ctx.clock())) {
                RegisterBenchmark.ImportRun run = RegisterBenchmark.importWorkbook(fresh.registerImporter(), book, BackgroundTask.Progress.NONE);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rows", run.rows());
                m.put("imported", run.imported());
                m.put("problems", run.problems());
                m.put("workbook_mb", round(size(book) / 1024.0 / 1024.0));
                m.put("preview_seconds", round(run.previewMillis() / 1000));
                m.put("commit_seconds", round(run.commitMillis() / 1000));
                m.put("total_seconds", round(run.totalMillis() / 1000));
                m.put("peak_heap_mb", round(run.peakHeapBytes() / 1024.0 / 1024.0));
                m.put("peak_rss_mb", run.peakRssBytes() < 0 ? null : round(run.peakRssBytes() / 1024.0 / 1024.0));
                m.put("max_heap_mb", round(Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0));
                say(out, String.format(Locale.ROOT, "导入 %d 行 .xlsx（%.1f MB）：检查 %.1f s + 写入 %.1f s = %.1f s；堆峰值 %.0f MB，进程峰值 %s MB（-Xmx %.0f MB）",
                        run.rows(), size(book) / 1024.0 / 1024.0, run.previewMillis() / 1000, run.commitMillis() / 1000,
                        run.totalMillis() / 1000, run.peakHeapBytes() / 1024.0 / 1024.0,
                        run.peakRssBytes() < 0 ? "?" : String.valueOf(run.peakRssBytes() / 1024 / 1024),
                        Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0));
                return m;
            }
        } catch (IOException e) {
            throw new UserError("基准测试无法写入临时文件夹：" + e.getMessage(), e);
        } finally {
            deleteTree(dir);
        }
    }

    /** The pieces of the issue-19 comparison, each run in its own process so each has its own peak RSS. */
    private void importFloorOnly(AppContext ctx, int y, PrintWriter out) {
        if (writeWorkbook != null) {
            try {
                RegisterBenchmark.writeWorkbook(writeWorkbook, importRows, y, LocalDate.now(ctx.clock()));
            } catch (IOException e) {
                throw new UserError("无法写入“" + writeWorkbook + "”：" + e.getMessage(), e);
            }
            out.println("已写出 " + importRows + " 行：" + writeWorkbook);
        }
        if (floor != null) {
            long start = System.nanoTime();
            int stored = new RegisterBenchmark(ctx.register()).floorImport(floor);
            out.println(String.format(Locale.ROOT, "下限：流式读取并分批写入 %d 行，用时 %.1f s", stored, (System.nanoTime() - start) / 1e9));
        }
    }

    private void say(PrintWriter out, String line) {
        if (!json) {
            out.println(line);
        }
    }

    private BackgroundTask.Progress progress(PrintWriter out) {
        return new BackgroundTask.Progress() {
            private long last;

            @Override
            public void update(long done, long total, String message) {
                if (!json && (done == total || done - last >= 100_000)) {
                    last = done;
                    out.println("[" + done + "/" + total + "] " + message);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        String mem = firstLine(Path.of("/proc/meminfo"), "MemTotal");
        m.put("memory", mem);
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return m;
    }

    private static String firstLine(Path file, String key) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
