// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import static org.disclosuredesk.db.jooq.Tables.REQUEST;
import static org.disclosuredesk.db.jooq.Tables.REQUEST_ITEM;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosuredesk.law.ResultRow;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The items of split applications (V15 request_item); result rows stored by code. */
public final class RequestItemRepository {

    private final DSLContext dsl;

    public RequestItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RequestItem> items(long requestId) {
        return dsl.select(REQUEST_ITEM.ITEM_NO, REQUEST_ITEM.CONTENT, REQUEST_ITEM.RESULT_CODE)
                .from(REQUEST_ITEM).where(REQUEST_ITEM.REQUEST_ID.eq((int) requestId)).orderBy(REQUEST_ITEM.ITEM_NO)
                .fetch(r -> new RequestItem(r.value1(), r.value2(), r.value3() == null ? null : ResultRow.fromCode(r.value3()).orElseThrow()));
    }

    /** The items of each of {@code requestIds} that is split, in order; one query for a whole list. */
    public Map<Long, List<RequestItem>> itemsOf(Collection<Long> requestIds) {
        Map<Long, List<RequestItem>> byRequest = new LinkedHashMap<>();
        if (requestIds.isEmpty()) {
            return byRequest;
        }
        dsl.select(REQUEST_ITEM.REQUEST_ID, REQUEST_ITEM.ITEM_NO, REQUEST_ITEM.CONTENT, REQUEST_ITEM.RESULT_CODE)
                .from(REQUEST_ITEM).where(REQUEST_ITEM.REQUEST_ID.in(requestIds.stream().map(Long::intValue).toList()))
                .orderBy(REQUEST_ITEM.REQUEST_ID, REQUEST_ITEM.ITEM_NO)
                .forEach(r -> byRequest.computeIfAbsent(r.value1().longValue(), k -> new ArrayList<>()).add(new RequestItem(
                        r.value2(), r.value3(), r.value4() == null ? null : ResultRow.fromCode(r.value4()).orElseThrow())));
        return byRequest;
    }

    public void replace(long requestId, List<RequestItem> items) {
        delete(requestId);
        for (RequestItem item : items) {
            dsl.insertInto(REQUEST_ITEM)
                    .set(REQUEST_ITEM.REQUEST_ID, (int) requestId)
                    .set(REQUEST_ITEM.ITEM_NO, item.number())
                    .set(REQUEST_ITEM.CONTENT, item.content())
                    .set(REQUEST_ITEM.RESULT_CODE, item.result() == null ? null : item.result().code())
                    .execute();
        }
    }

    public void updateResult(long requestId, int itemNo, ResultRow result) {
        dsl.update(REQUEST_ITEM).set(REQUEST_ITEM.RESULT_CODE, result == null ? null : result.code())
                .where(REQUEST_ITEM.REQUEST_ID.eq((int) requestId).and(REQUEST_ITEM.ITEM_NO.eq(itemNo))).execute();
    }

    public void delete(long requestId) {
        dsl.deleteFrom(REQUEST_ITEM).where(REQUEST_ITEM.REQUEST_ID.eq((int) requestId)).execute();
    }

    /**
     * How many 件 a request is (req~items.counting~1): its number of items, or 1 when not split. A field
     * over {@code request} for the report's and the fee's counts.
     */
    public static Field<Integer> piecesOfRequest() {
        Field<Integer> items = DSL.field(DSL.selectCount().from(REQUEST_ITEM).where(REQUEST_ITEM.REQUEST_ID.eq(REQUEST.ID)));
        return DSL.when(items.eq(0), DSL.inline(1)).else_(items);
    }
}
