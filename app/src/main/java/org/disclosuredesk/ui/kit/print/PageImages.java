// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui.kit.print;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.disclosuredesk.shared.print.PageImage;

/** A rendered page as a JavaFX image (no Swing bridge: the pixels are copied as they are). */
final class PageImages {

    private PageImages() {
    }

    static WritableImage toFx(PageImage page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(), page.argb(), 0,
                page.width());
        return image;
    }
}
