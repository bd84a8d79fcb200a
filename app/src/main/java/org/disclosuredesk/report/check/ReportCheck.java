// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.check;

import java.util.List;

/** One rule of the report, checked before any export. */
public interface ReportCheck {

    List<Finding> check(CheckInput input);
}
