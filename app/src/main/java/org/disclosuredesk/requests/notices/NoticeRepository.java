// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

import static org.disclosuredesk.db.jooq.Tables.REQUEST_NOTICE;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.disclosuredesk.db.jooq.tables.records.RequestNoticeRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Issued notices, frozen as printed; the body's paragraphs are stored one per line. */
public final class NoticeRepository {

    private final DSLContext dsl;

    public NoticeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The next free number of a series in a year. */
    public int nextSeq(String series, int year) {
        Integer max = dsl.select(DSL.max(REQUEST_NOTICE.NUM_SEQ)).from(REQUEST_NOTICE)
                .where(REQUEST_NOTICE.SERIES.eq(series).and(REQUEST_NOTICE.NUM_YEAR.eq(year))).fetchOne().value1();
        return max == null ? 1 : max + 1;
    }

    public long insert(IssuedNotice n, String now) {
        RequestNoticeRecord r = dsl.newRecord(REQUEST_NOTICE);
        r.setRequestId((int) n.requestId());
        r.setEventId(n.eventId() == null ? null : n.eventId().intValue());
        r.setTypeCode(n.type().code());
        r.setSeries(n.number().series());
        r.setNumYear(n.number().year());
        r.setNumSeq(n.number().seq());
        r.setNumText(n.number().text());
        r.setIssuedOn(n.text().issuedOn().toString());
        r.setTitle(n.text().title());
        r.setAddressee(n.text().addressee());
        r.setBody(String.join("\n", n.text().paragraphs()));
        r.setSignature(n.text().organName());
        r.setCreatedAt(now);
        return dsl.insertInto(REQUEST_NOTICE).set(r).returningResult(REQUEST_NOTICE.ID).fetchSingle().value1();
    }

    public Optional<IssuedNotice> find(long id) {
        return dsl.selectFrom(REQUEST_NOTICE).where(REQUEST_NOTICE.ID.eq((int) id)).fetchOptional().map(NoticeRepository::notice);
    }

    public List<IssuedNotice> forRequest(long requestId) {
        return dsl.selectFrom(REQUEST_NOTICE).where(REQUEST_NOTICE.REQUEST_ID.eq((int) requestId))
                .orderBy(REQUEST_NOTICE.ISSUED_ON, REQUEST_NOTICE.ID).fetch(NoticeRepository::notice);
    }

    /** The notices of many requests at once, for the list's 「缺告知书」 mark. */
    public List<IssuedNotice> forRequests(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(REQUEST_NOTICE)
                .where(REQUEST_NOTICE.REQUEST_ID.in(requestIds.stream().map(Long::intValue).toList()))
                .fetch(NoticeRepository::notice);
    }

    private static IssuedNotice notice(RequestNoticeRecord r) {
        NoticeType type = NoticeType.fromCode(r.getTypeCode())
                .orElseThrow(() -> new IllegalStateException("Unknown notice type in the database: " + r.getTypeCode()));
        LocalDate issued = LocalDate.parse(r.getIssuedOn());
        RenderedNotice text = new RenderedNotice(r.getTitle(), r.getNumText(), r.getAddressee(),
                Arrays.asList(r.getBody().split("\n")), r.getSignature(), issued);
        return new IssuedNotice(r.getId().longValue(), r.getRequestId(), r.getEventId() == null ? null : r.getEventId().longValue(),
                type, new NoticeNumber(r.getSeries(), r.getNumYear(), r.getNumSeq(), r.getNumText()), text);
    }
}
