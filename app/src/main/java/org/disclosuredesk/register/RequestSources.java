// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.util.List;

/**
 * The requests a register entry came from (条例第四十四条, 「来源申请」). The request log owns the link and
 * implements this; the register only reads it, so the arrow between the two features runs one way
 * (requests → register; docs/requirements/requests.md, req~links.proactive~1).
 */
@FunctionalInterface
public interface RequestSources {

    List<SourceRequest> forDocument(long documentId);
}
