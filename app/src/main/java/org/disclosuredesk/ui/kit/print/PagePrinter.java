// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.print;

import java.util.Optional;
import javafx.stage.Window;
import org.disclosuredesk.shared.print.PageImage;

/**
 * The printer, behind the smallest interface the preview needs, so everything up to the system's print
 * dialog is tested without a printer ({@link FxPagePrinter} is the real one).
 */
public interface PagePrinter {

    /** False on a machine with no printer installed: the preview says so instead of failing. */
    boolean hasPrinter();

    /** The system's print dialog (FX thread); empty when the person cancels it or no job can be made. */
    Optional<Job> choose(Window owner, String jobName);

    /** A started print job: pages may be sent from a background thread. */
    interface Job {

        /** One page, scaled to the paper's printable area; false if the printer refused it. */
        boolean print(PageImage page);

        /** Sends the job to the printer; false if it failed. */
        boolean end();

        void cancel();
    }
}
