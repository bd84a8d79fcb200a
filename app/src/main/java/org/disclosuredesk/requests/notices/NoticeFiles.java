// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import java.nio.file.Path;

/**
 * Writes a notice's stored text to a file, atomically. Implemented beside the annual report's writers
 * ({@code report.export.NoticeFileWriter}), whose GB/T 9704 page and fonts it shares; the request
 * feature only names what it needs, so the report may keep depending on requests and not the reverse.
 */
public interface NoticeFiles {

    Path write(RenderedNotice notice, Path target, NoticeFileType type);
}
