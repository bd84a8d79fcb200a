// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import org.disclosuredesk.shared.UserError;

/** A 年报数据包 that cannot be taken in, with the reason a clerk can act on. Nothing was stored. */
public final class PackageRefused extends UserError {

    public PackageRefused(String message) {
        super(message);
    }

    public PackageRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
