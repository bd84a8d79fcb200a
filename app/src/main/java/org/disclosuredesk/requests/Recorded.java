// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.util.List;

/** The request after a step was recorded, with the warnings the step raised (e.g. a late 补正 notice). */
public record Recorded(Request request, List<String> warnings) {
}
