// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan.ui;

import java.util.List;
import org.disclosuredesk.plan.UnitResolution;
import org.disclosuredesk.shared.UnitMatcher;

/**
 * A unit name of the plan that the directory does not know, the closest directory units offered for it,
 * and what the user chose (null: leave it as written, not linked).
 */
public record UnknownUnit(String written, List<UnitMatcher.Suggestion> suggestions, UnitResolution resolution, String linkedName) {
}
