// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.register.DocumentDetails;
import org.disclosuredesk.register.DocumentRef;
import org.disclosuredesk.register.RegisterService;
import org.disclosuredesk.register.RequestSources;
import org.disclosuredesk.register.SourceRequest;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.UserError;

/**
 * 条例第四十四条: information disclosed on request that many people ask for becomes 主动公开. The clerk links
 * the request to the register entry it produced; the request log owns the link and the register reads
 * it through {@link RequestSources}. A link is no figure of the annual report, so locked years allow it.
 */
// [impl->req~links.proactive~1]
public final class DocumentLinkService implements RequestSources {

    private static final int LOOKUP_LIMIT = 30;

    private final DocumentLinkRepository links;
    private final RequestRepository requests;
    private final RegisterService register;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public DocumentLinkService(DocumentLinkRepository links, RequestRepository requests, RegisterService register,
            Transactions transactions, AuditTrail audit, Clock clock) {
        this.links = links;
        this.requests = requests;
        this.register = register;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<DocumentLink> forRequest(long requestId) {
        return links.forRequest(requestId);
    }

    @Override
    public List<SourceRequest> forDocument(long documentId) {
        return links.forDocument(documentId);
    }

    /** Register entries to pick, by 文号, 索引号 or words of the title. */
    public List<DocumentRef> lookup(String text) {
        return register.lookup(text, LOOKUP_LIMIT);
    }

    /** Links a request answered 予以公开/部分公开 to a 主动公开 register entry; refused with a reason otherwise. */
    public DocumentLink link(long requestId, long documentId, String note) {
        return transactions.inTransaction(() -> {
            Request request = request(requestId);
            DocumentRef document = requireLinkable(request, document(documentId));
            if (links.exists(requestId, documentId)) {
                throw new UserError(request.number().text() + " 已关联" + document.describe() + "，不必重复关联。");
            }
            LocalDate today = LocalDate.now(clock);
            links.insert(requestId, documentId, today, note, LocalDateTime.now(clock).withNano(0).toString());
            audit.record("request", requestId, AuditEntry.Action.UPDATE, "转为主动公开（第四十四条）：关联" + document.describe());
            audit.record(RegisterService.ENTITY, documentId, AuditEntry.Action.UPDATE, "来源申请：关联" + request.number().text());
            return links.forRequest(requestId).stream().filter(l -> l.document().id() == documentId).findFirst().orElseThrow();
        });
    }

    public void unlink(long requestId, long documentId) {
        transactions.inTransaction(() -> {
            Request request = request(requestId);
            if (!links.delete(requestId, documentId)) {
                throw new UserError(request.number().text() + " 与台账第 " + documentId + " 条文件之间没有关联，无需取消。");
            }
            audit.record("request", requestId, AuditEntry.Action.UPDATE, "取消关联主动公开文件：台账第 " + documentId + " 条");
            audit.record(RegisterService.ENTITY, documentId, AuditEntry.Action.UPDATE, "取消来源申请：" + request.number().text());
        });
    }

    private Request request(long id) {
        return requests.find(id).orElseThrow(() -> new UserError("找不到内部编号为 " + id + " 的申请，请检查编号（可用 requests list 查看）。"));
    }

    private DocumentDetails document(long id) {
        return register.details(id).orElseThrow(() -> new UserError(
                "主动公开台账中没有第 " + id + " 条文件，请检查编号（可用 register search 查看）。"));
    }

    /** Only information disclosed on request can become 主动公开, and only as a 主动公开 entry. */
    private static DocumentRef requireLinkable(Request request, DocumentDetails details) {
        ResultRow result = request.result() != null ? request.result() : request.undatedResult();
        String number = request.number().text();
        if (result == null) {
            throw new UserError(number + " 尚未答复。第四十四条转为主动公开的是已依申请公开的信息：请先记录予以公开或部分公开的答复，再关联。");
        }
        if (result != ResultRow.DISCLOSED && result != ResultRow.PARTLY_DISCLOSED) {
            throw new UserError(number + " 的办理结果是“" + result.fullLabel()
                    + "”，没有公开信息；只有予以公开或部分公开的申请才能转为主动公开（第四十四条）。");
        }
        DocumentRef document = details.entry().ref();
        DisclosureAttribute attribute = details.entry().document().attribute();
        if (attribute != DisclosureAttribute.PROACTIVE) {
            throw new UserError(document.describe() + "的公开属性是“" + attribute.label() + "”，请先在主动公开台账中改为主动公开，再关联。");
        }
        return document;
    }
}
