// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.ui.ScreenshotRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "screenshots", description = "把每个主界面离屏渲染为 DIR/<界面>.png（默认 1366×768）。")
final class ScreenshotsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出文件夹")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1366x768", description = "窗口尺寸，例如 1024x700（默认 1366x768）")
    String size;

    @Option(names = "--json", description = "以 JSON 输出写出的文件")
    boolean json;

    @Override
    public void run() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{3,4})[x×X*](\\d{3,4})").matcher(size.strip());
        if (!m.matches()) {
            throw new UserError("--size 应写成 宽x高，例如 1024x700：" + size);
        }
        List<Path> files = new ScreenshotRenderer(Commands.context(spec), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                .renderAll(out);
        if (json) {
            Commands.printJson(spec, files.stream().map(Path::toString).collect(Collectors.toList()));
        } else {
            files.forEach(f -> Commands.out(spec).println(f));
        }
    }
}
