// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosuredesk.db.Transactions;
import org.disclosuredesk.law.ResultGroup;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.shared.AuditEntry;
import org.disclosuredesk.shared.AuditTrail;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.shared.YearLocks;

/**
 * 一事一申请 (国办函〔2020〕109号 第四条): splits an application into items, sets an item's result row, merges
 * the items back. Each change is validated first, written in one transaction with an audit line, and
 * refused while a year the application counts in is locked (its items change that year's table 三).
 */
// [impl->req~items.counting~1]
public final class RequestItemService {

    /** More would be a ledger, not an application; the schema allows 999. */
    static final int MAX_ITEMS = 99;
    static final int MAX_CONTENT = 500;

    private final RequestRepository requests;
    private final RequestItemRepository items;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final YearLocks yearLocks;
    private final Clock clock;

    public RequestItemService(RequestRepository requests, RequestItemRepository items, Transactions transactions, AuditTrail audit,
            YearLocks yearLocks, Clock clock) {
        this.requests = requests;
        this.items = items;
        this.transactions = transactions;
        this.audit = audit;
        this.yearLocks = yearLocks;
        this.clock = clock;
    }

    /** The application's items in order; empty when it is not split. */
    public List<RequestItem> items(long requestId) {
        return items.items(requestId);
    }

    /** The items of each split application among {@code requestIds}, in order; one query for a whole list. */
    public Map<Long, List<RequestItem>> itemsOf(Collection<Long> requestIds) {
        return items.itemsOf(requestIds);
    }

    /**
     * For each decided application of {@code list} whose items have more than one result: those results' groups,
     * with how many items each (「分项：（一）2项（四）1项」, short enough for the list's column), where the
     * application's own result alone would hide the refused items. Split applications whose items share one
     * result, and the rest, are absent. One query for the whole list.
     */
    public Map<Long, String> mixedResults(List<Request> list) {
        Map<Long, String> mixed = new LinkedHashMap<>();
        Map<Long, Request> decided = new LinkedHashMap<>();
        list.stream().filter(r -> r.result() != null).forEach(r -> decided.put(r.id(), r));
        items.itemsOf(decided.keySet()).forEach((id, split) -> {
            Map<ResultRow, List<RequestItem>> byResult = RequestItem.byResult(split, decided.get(id).result());
            if (byResult.size() > 1) {
                Map<ResultGroup, Integer> counts = new EnumMap<>(ResultGroup.class);
                byResult.forEach((row, rowItems) -> counts.merge(row.group(), rowItems.size(), Integer::sum));
                mixed.put(id, "分项：" + counts.entrySet().stream()
                        .map(e -> e.getKey().label().substring(0, e.getKey().label().indexOf('）') + 1) + e.getValue() + "项")
                        .collect(Collectors.joining()));
            }
        });
        return mixed;
    }

    /**
     * Splits the application into one item per content line, in order; blank lines are skipped. Splitting
     * an application already split replaces its items (results of items whose content is unchanged kept).
     */
    public List<RequestItem> split(long requestId, List<String> contents) {
        Request r = require(requestId);
        List<String> lines = new ArrayList<>();
        for (String c : contents == null ? List.<String>of() : contents) {
            if (c != null && !c.isBlank()) {
                lines.add(c.trim());
            }
        }
        if (lines.size() < 2) {
            throw ValidationError.of("items", "拆分为多项至少需要两项内容，每行一项。只有一项内容时无需拆分。");
        }
        if (lines.size() > MAX_ITEMS) {
            throw ValidationError.of("items", "一件申请最多拆分为 " + MAX_ITEMS + " 项（现有 " + lines.size() + " 项）。");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_CONTENT) {
                throw ValidationError.of("items", "第 " + (i + 1) + " 项内容超过 " + MAX_CONTENT + " 字，请精简。");
            }
            if (lines.indexOf(lines.get(i)) != i) {
                throw ValidationError.of("items", "第 " + (i + 1) + " 项与第 " + (lines.indexOf(lines.get(i)) + 1) + " 项内容相同，请合并或删除一项。");
            }
        }
        requireOpenYears(r, "申请 " + r.number() + " 的拆分");
        List<RequestItem> before = items.items(requestId);
        List<RequestItem> after = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String content = lines.get(i);
            ResultRow kept = before.stream().filter(b -> b.content().equals(content)).findFirst().map(RequestItem::result).orElse(null);
            after.add(new RequestItem(i + 1, content, kept));
        }
        return transactions.inTransaction(() -> {
            items.replace(requestId, after);
            audit.record(RequestService.ENTITY, requestId, AuditEntry.Action.UPDATE, "按一事一申请拆分申请 " + r.number() + " 为 "
                    + after.size() + " 项" + (before.isEmpty() ? "" : "（原 " + before.size() + " 项）") + "：" + String.join("；", lines));
            return items.items(requestId);
        });
    }

    /** Gives item {@code itemNo} its own result row; null clears it (the item counts under the application's result). */
    public List<RequestItem> setResult(long requestId, int itemNo, ResultRow result) {
        Request r = require(requestId);
        List<RequestItem> current = items.items(requestId);
        RequestItem item = current.stream().filter(i -> i.number() == itemNo).findFirst()
                .orElseThrow(() -> new UserError("申请 " + r.number() + " 没有第 " + itemNo + " 项，可能已合并。请刷新。"));
        if (item.result() == result) {
            return current;
        }
        requireOpenYears(r, "申请 " + r.number() + " 第 " + itemNo + " 项的办理结果");
        return transactions.inTransaction(() -> {
            items.updateResult(requestId, itemNo, result);
            audit.recordChange(RequestService.ENTITY, requestId, label(item.result()), label(result),
                    "申请 " + item.reference(r.number()) + " 的办理结果");
            return items.items(requestId);
        });
    }

    /** Merges the items back: the application counts as one 件 under its own result again. */
    public void merge(long requestId) {
        Request r = require(requestId);
        List<RequestItem> current = items.items(requestId);
        if (current.isEmpty()) {
            throw new UserError("申请 " + r.number() + " 没有拆分，无需合并。");
        }
        requireOpenYears(r, "申请 " + r.number() + " 的拆分");
        transactions.inTransaction(() -> {
            items.delete(requestId);
            StringBuilder was = new StringBuilder();
            for (RequestItem i : current) {
                was.append(was.length() == 0 ? "" : "；").append(i.number()).append(". ").append(i.content())
                        .append(i.result() == null ? "" : "（" + i.result().fullLabel() + "）");
            }
            audit.record(RequestService.ENTITY, requestId, AuditEntry.Action.UPDATE, "合并申请 " + r.number() + " 的 " + current.size()
                    + " 项为一件（原各项：" + was + "）");
            return null;
        });
    }

    private void requireOpenYears(Request r, String what) {
        for (int year : RequestService.yearsCountedIn(r, LocalDate.now(clock))) {
            yearLocks.requireOpen(year, what);
        }
    }

    private static String label(ResultRow row) {
        return row == null ? "（随申请的办理结果）" : row.fullLabel();
    }

    private Request require(long id) {
        return requests.find(id).orElseThrow(() -> new UserError("找不到该申请（编号 " + id + "），可能已被删除。请刷新列表。"));
    }
}
