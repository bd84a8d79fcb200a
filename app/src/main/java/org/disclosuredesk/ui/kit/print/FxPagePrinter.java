// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.print;

import java.util.Optional;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.disclosuredesk.shared.print.PageImage;

/**
 * Prints page images with JavaFX's {@link PrinterJob}: each page is fitted to the printable area of the
 * paper the person chose, turned to landscape for a landscape page (the 任务分工表). Pages are printed off
 * the FX thread, which {@code printPage} allows for nodes that are not in a shown scene.
 */
public final class FxPagePrinter implements PagePrinter {

    @Override
    public boolean hasPrinter() {
        return Printer.getDefaultPrinter() != null;
    }

    @Override
    public Optional<Job> choose(Window owner, String jobName) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Optional.empty();
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(new FxJob(job));
    }

    private static final class FxJob implements Job {

        private final PrinterJob job;

        FxJob(PrinterJob job) {
            this.job = job;
        }

        @Override
        public boolean print(PageImage page) {
            Printer printer = job.getPrinter();
            PageLayout layout = printer.createPageLayout(job.getJobSettings().getPageLayout().getPaper(),
                    page.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
            ImageView view = new ImageView(PageImages.toFx(page));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            double scale = Math.min(layout.getPrintableWidth() / page.width(), layout.getPrintableHeight() / page.height());
            view.setFitWidth(page.width() * scale);
            view.setFitHeight(page.height() * scale);
            return job.printPage(layout, view);
        }

        @Override
        public boolean end() {
            return job.endJob();
        }

        @Override
        public void cancel() {
            job.cancelJob();
        }
    }
}
