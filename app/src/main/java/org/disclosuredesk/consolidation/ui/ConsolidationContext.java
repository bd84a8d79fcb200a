// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation.ui;

import java.util.function.Supplier;
import org.disclosuredesk.consolidation.ConsolidationService;
import org.disclosuredesk.consolidation.CountyExports;
import org.disclosuredesk.consolidation.PackageExporter;
import org.disclosuredesk.shared.TaskExecutor;

/**
 * What the 全县汇总 screen uses: the consolidation, its exports, this office's own package export, the
 * organ name for the county table's title; built by {@code AppContext}.
 */
public record ConsolidationContext(ConsolidationService consolidation, CountyExports exports, PackageExporter packages,
        Supplier<String> organName, TaskExecutor executor) {
}
