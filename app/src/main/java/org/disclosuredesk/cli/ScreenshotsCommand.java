// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.ui.ScreenshotRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "screenshots", description = "把每个主界面离屏渲染为 DIR/<界面>.png（1366×768）。")
final class ScreenshotsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出文件夹")
    Path out;

    @Option(names = "--json", description = "以 JSON 输出写出的文件")
    boolean json;

    @Override
    public void run() {
        List<Path> files = new ScreenshotRenderer(Commands.context(spec)).renderAll(out);
        if (json) {
            Commands.printJson(spec, files.stream().map(Path::toString).collect(Collectors.toList()));
        } else {
            files.forEach(f -> Commands.out(spec).println(f));
        }
    }
}
