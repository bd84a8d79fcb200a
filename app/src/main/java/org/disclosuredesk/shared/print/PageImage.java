// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.print;

/**
 * One page of a PDF drawn as pixels (0xAARRGGBB, row by row), with the page's size in points so a printer
 * can scale it to the paper.
 */
public record PageImage(int width, int height, int[] argb, float widthPoints, float heightPoints) {

    public PageImage {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("pixels " + argb.length + " for " + width + "×" + height);
        }
    }

    public boolean landscape() {
        return widthPoints > heightPoints;
    }
}
