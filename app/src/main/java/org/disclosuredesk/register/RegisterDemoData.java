// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.shared.ValidationError;

/**
 * The demo office's register for a year: a few hundred documents entered one by one through the
 * register's own checks (规章 and 行政规范性文件 among them, some published late, some without 解读,
 * some abolished and replaced), and that year's yearly statistics.
 */
public final class RegisterDemoData {

    /** A county office's year: about one document per working day. */
    public static final int DOCUMENTS_PER_YEAR = 260;

    private final RegisterService register;
    private final YearlyStatisticsService statistics;
    private final Clock clock;

    public RegisterDemoData(RegisterService register, YearlyStatisticsService statistics, Clock clock) {
        this.register = register;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** Enters the year's documents and statistics; entries whose 文号 is already registered are skipped. */
    public void fill(int year) {
        LocalDate today = LocalDate.now(clock);
        if (year > today.getYear()) {
            return;
        }
        SampleLedger samples = new SampleLedger(year);
        int count = year < today.getYear() ? DOCUMENTS_PER_YEAR : Math.max(12, DOCUMENTS_PER_YEAR * today.getDayOfYear() / 365);
        List<DocumentDraft> drafts = new ArrayList<>();
        for (int serial = 1; serial <= count; serial++) {
            drafts.add(samples.document(year, serial, today));
        }
        drafts.sort((a, b) -> a.writtenOn().compareTo(b.writtenOn()));
        Set<String> taken = register.existingDocNumbers(drafts.stream().map(DocumentDraft::docNumber)
                .filter(java.util.Objects::nonNull).toList()).keySet();
        List<DocumentRef> normative = new ArrayList<>();
        for (DocumentDraft d : drafts) {
            if (d.docNumber() != null && taken.contains(d.docNumber())) {
                continue;
            }
            String index = register.proposeIndexNumber(d.writtenOn().getYear()).orElse(null);
            try {
                long id = register.create(d.toBuilder().indexNumber(index).build());
                if (d.docType() == DocType.NORMATIVE_DOCUMENT) {
                    normative.add(DocumentRef.of(id, d));
                }
            } catch (ValidationError e) {
                // a sample that breaks a rule (cannot happen with SampleLedger's dates) is left out of the demo
            }
        }
        abolishSomeOfLastYear(year, today, samples, normative);
        statistics.save(new YearlyStatistics(year, 1200 + samples.nextInt(1800), 150 + samples.nextInt(250),
                5 + samples.nextInt(25), 100L * (20_000_000 + samples.nextInt(15_000_000)), "县政务服务中心（行政许可）、"
                + "县市场监管局和县综合行政执法局（行政处罚、行政强制）、县财政局非税收入系统（行政事业性收费）提供", true));
    }

    /** A few of last year's 规章/行政规范性文件 are abolished this year, most replaced by one of this year's. */
    private void abolishSomeOfLastYear(int year, LocalDate today, SampleLedger samples, List<DocumentRef> replacements) {
        List<RegisterEntry> older = register.list(RegisterQuery.ofYear(year - 1).withDocType(DocType.NORMATIVE_DOCUMENT)
                .withValidity(Validity.IN_FORCE));
        int n = Math.min(older.size(), 4);
        for (int i = 0; i < n; i++) {
            RegisterEntry old = older.get(i * Math.max(1, older.size() / n));
            LocalDate on = LocalDate.of(year, 1 + samples.nextInt(Math.max(1, year == today.getYear() ? today.getMonthValue() : 12)), 1);
            if (on.isAfter(today) || on.isBefore(old.document().writtenOn())) {
                continue;
            }
            Long by = i % 2 == 1 ? null : replacements.stream().filter(r -> !r.writtenOn().isAfter(on))
                    .map(DocumentRef::id).findFirst().orElse(null);
            register.abolish(old.id(), on, by);
        }
    }
}
