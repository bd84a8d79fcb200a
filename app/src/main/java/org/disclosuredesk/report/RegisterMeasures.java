// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report;

import java.util.EnumSet;
import java.util.Set;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.report.format.Measure;
import org.disclosuredesk.report.format.ReportFormat;

/**
 * Which register figures to count: the 文种 and the measures a format's table 二 reads. Counting only
 * those keeps the 2021 query on the register's covering index (doc_type, written_on, validity, …).
 */
public record RegisterMeasures(Set<DocType> types, Set<Measure.Source> sources) {

    /** Everything the register can give for 规章 and 行政规范性文件, for the narrative draft. */
    public static final RegisterMeasures ALL = new RegisterMeasures(EnumSet.of(DocType.RULE, DocType.NORMATIVE_DOCUMENT),
            EnumSet.of(Measure.Source.DOCUMENTS_WRITTEN, Measure.Source.DOCUMENTS_ABOLISHED, Measure.Source.DOCUMENTS_EXPIRED,
                    Measure.Source.DOCUMENTS_IN_FORCE,
                    Measure.Source.DOCUMENTS_PUBLISHED, Measure.Source.DOCUMENTS_PUBLISHED_TOTAL));

    public RegisterMeasures {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        sources = sources.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sources));
    }

    public static RegisterMeasures of(ReportFormat format) {
        Set<DocType> types = EnumSet.noneOf(DocType.class);
        Set<Measure.Source> sources = EnumSet.noneOf(Measure.Source.class);
        format.activeDisclosure().forEach(b -> b.rows().forEach(r -> r.measures().stream().filter(Measure::fromRegister)
                .forEach(m -> {
                    types.add(m.docType());
                    sources.add(m.source());
                })));
        if (sources.contains(Measure.Source.DOCUMENTS_IN_FORCE)) {
            sources.add(Measure.Source.DOCUMENTS_EXPIRED); // for the continuity check of the stock
        }
        return new RegisterMeasures(types, sources);
    }
}
