// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.consolidation;

import java.util.List;
import java.util.Optional;

/**
 * One line of the 全县汇总 screen: an office on the list (or one that sent a package without being on
 * it), the package that counts, how many different versions arrived, and the checks that failed.
 */
public record OfficeStatus(String name, OfficeKind kind, boolean listed, Optional<StoredPackage> counted, int versions,
                           List<String> failedChecks) {

    public OfficeStatus {
        failedChecks = List.copyOf(failedChecks);
    }

    public boolean received() {
        return counted.isPresent();
    }

    public boolean isFinal() {
        return counted.map(p -> p.content().state() == ReportState.FINAL).orElse(false);
    }

    /** Two different packages arrived and the clerk has to choose which counts. */
    public boolean hasSecondVersion() {
        return versions > 1;
    }

    public String situation() {
        if (counted.isEmpty()) {
            return "未报送";
        }
        return counted.get().content().state().label() + (failedChecks.isEmpty() ? "，校验通过" : "，校验未通过" + failedChecks.size() + "项")
                + (hasSecondVersion() ? "，收到" + versions + "份不同数据" : "") + (listed ? "" : "，不在应报名单");
    }
}
