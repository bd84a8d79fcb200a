// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.ui;

import org.disclosuredesk.requests.DocumentLinkService;
import org.disclosuredesk.requests.RequestItemService;
import org.disclosuredesk.requests.RequestService;
import org.disclosuredesk.requests.ReviewCaseService;
import org.disclosuredesk.requests.notices.NoticeFiles;
import org.disclosuredesk.requests.notices.NoticeService;
import org.disclosuredesk.requests.transfer.RequestTransfer;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.TaskExecutor;

/**
 * What the request screens use (the audit trail for a request's 操作记录; the 告知书 and where a notice is
 * written for printing; the register entries a request made 主动公开, 第四十四条); built by {@code AppContext}.
 */
public record RequestsContext(RequestService requests, ReviewCaseService reviewCases, RequestTransfer requestTransfer, AuditTrail audit,
        TaskExecutor executor, NoticeService notices, NoticeFiles noticeFiles, java.nio.file.Path printFolder,
        DocumentLinkService documentLinks, RequestItemService items) {
}
