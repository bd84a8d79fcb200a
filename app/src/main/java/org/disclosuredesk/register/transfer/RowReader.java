// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.InformationCategory;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.Validity;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.DocumentRules;
import org.disclosuredesk.register.IndexNumberPattern;
import org.disclosuredesk.register.SecrecyResult;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.shared.transfer.CellRule;
import org.disclosuredesk.shared.transfer.ColumnMapping;
import org.disclosuredesk.shared.transfer.ExcelLimits;
import org.disclosuredesk.shared.transfer.ImportProblem;

/**
 * Turns one spreadsheet row into a checked {@link DocumentDraft}, or into the list of what is wrong
 * with it, naming the column as the office's own sheet heads it.
 */
final class RowReader {

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；/\\s]+");
    private static final Map<String, PublicationChannel> CHANNEL_WORDS = Map.ofEntries(
            Map.entry("门户网站", PublicationChannel.GOVERNMENT_WEBSITE), Map.entry("政府门户网站", PublicationChannel.GOVERNMENT_WEBSITE),
            Map.entry("网站", PublicationChannel.GOVERNMENT_WEBSITE), Map.entry("公报", PublicationChannel.GOVERNMENT_GAZETTE),
            Map.entry("新媒体", PublicationChannel.NEW_MEDIA), Map.entry("政务微信", PublicationChannel.NEW_MEDIA),
            Map.entry("政务微博", PublicationChannel.NEW_MEDIA), Map.entry("微信公众号", PublicationChannel.NEW_MEDIA),
            Map.entry("公告栏", PublicationChannel.NOTICE_BOARD), Map.entry("信息公开栏", PublicationChannel.NOTICE_BOARD));
    private static final Map<String, DisclosureAttribute> ATTRIBUTE_WORDS = Map.of(
            "主动", DisclosureAttribute.PROACTIVE, "依申请", DisclosureAttribute.ON_REQUEST,
            "不公开", DisclosureAttribute.NOT_DISCLOSED, "不予公开", DisclosureAttribute.NOT_DISCLOSED);
    private static final Map<String, Validity> VALIDITY_WORDS = Map.of(
            "有效", Validity.IN_FORCE, "废止", Validity.ABOLISHED, "失效", Validity.EXPIRED,
            "修改", Validity.AMENDED, "已修订", Validity.AMENDED);

    private final Map<RegisterColumn, Integer> positions;
    private final Map<RegisterColumn, String> headings;
    private final IndexNumberPattern indexPattern;

    RowReader(List<String> headingRow, ColumnMapping<RegisterColumn> mapping, IndexNumberPattern indexPattern) {
        this.positions = new EnumMap<>(RegisterColumn.class);
        this.headings = new EnumMap<>(RegisterColumn.class);
        for (int i = 0; i < headingRow.size(); i++) {
            int col = i;
            mapping.column(headingRow.get(i)).ifPresent(c -> {
                positions.put(c, col);
                headings.put(c, headingRow.get(col));
            });
        }
        this.indexPattern = indexPattern;
    }

    boolean isBlank(List<String> cells) {
        return positions.values().stream().allMatch(i -> i >= cells.size() || cells.get(i).isBlank());
    }

    /** The checked draft, or the problems of the row. */
    Result read(int rowNumber, List<String> cells) {
        List<ImportProblem> problems = new ArrayList<>();
        Cells row = new Cells(rowNumber, cells, problems);
        DocumentDraft.Builder b = DocumentDraft.builder()
                .indexNumber(row.text(RegisterColumn.INDEX_NUMBER))
                .docNumber(row.text(RegisterColumn.DOC_NUMBER))
                .title(row.text(RegisterColumn.TITLE))
                .issuingOrgan(row.text(RegisterColumn.ISSUING_ORGAN))
                .writtenOn(row.date(RegisterColumn.WRITTEN_ON))
                .publishedOn(row.date(RegisterColumn.PUBLISHED_ON))
                .attribute(row.choice(RegisterColumn.ATTRIBUTE, RowReader::attribute, "主动公开、依申请公开、不予公开"))
                .nonDisclosureReason(row.text(RegisterColumn.NON_DISCLOSURE_REASON))
                .channels(row.channels())
                .category(row.category())
                .docType(row.choice(RegisterColumn.DOC_TYPE, DocType::fromLabel, "规章、行政规范性文件、其他公文"))
                .validity(row.choice(RegisterColumn.VALIDITY, RowReader::validity, "现行有效、已修改、已废止、已失效"))
                .validityChangedOn(row.date(RegisterColumn.VALIDITY_CHANGED_ON))
                .interpretationTitle(row.text(RegisterColumn.INTERPRETATION_TITLE))
                .interpretationPublishedOn(row.date(RegisterColumn.INTERPRETATION_PUBLISHED_ON))
                .secrecyReviewer(row.text(RegisterColumn.SECRECY_REVIEWER))
                .secrecyReviewedOn(row.date(RegisterColumn.SECRECY_REVIEWED_ON))
                .secrecyResult(row.choice(RegisterColumn.SECRECY_RESULT, SecrecyResult::fromLabel, "通过、不通过、需修改"));
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        try {
            return new Result(DocumentRules.check(b.build(), indexPattern), List.of());
        } catch (ValidationError e) {
            for (ValidationError.Problem p : e.problems()) {
                problems.add(new ImportProblem(rowNumber, heading(p.field()), p.message()));
            }
            return new Result(null, problems);
        }
    }

    record Result(DocumentDraft draft, List<ImportProblem> problems) {
    }

    String heading(RegisterColumn column) {
        return headings.getOrDefault(column, column.heading());
    }

    private String heading(String field) {
        switch (field) {
            case "indexNumber":
                return heading(RegisterColumn.INDEX_NUMBER);
            case "docNumber":
                return heading(RegisterColumn.DOC_NUMBER);
            case "title":
                return heading(RegisterColumn.TITLE);
            case "writtenOn":
                return heading(RegisterColumn.WRITTEN_ON);
            case "publishedOn":
                return heading(RegisterColumn.PUBLISHED_ON);
            case "nonDisclosureReason":
                return heading(RegisterColumn.NON_DISCLOSURE_REASON);
            case "validityChangedOn":
                return heading(RegisterColumn.VALIDITY_CHANGED_ON);
            case "interpretationPublishedOn":
                return heading(RegisterColumn.INTERPRETATION_PUBLISHED_ON);
            default:
                return null;
        }
    }

    /** A date under the kit's one cell rule (typed forms, date cells, Excel serials, a time of day after it). */
    static LocalDate parseDate(String text, String label) {
        return CellRule.date(text, label);
    }

    private static Optional<DisclosureAttribute> attribute(String text) {
        return DisclosureAttribute.fromLabel(text).or(() -> Optional.ofNullable(ATTRIBUTE_WORDS.get(text.strip())));
    }

    private static Optional<Validity> validity(String text) {
        return Validity.fromLabel(text).or(() -> Optional.ofNullable(VALIDITY_WORDS.get(text.strip())));
    }

    /** One row's cells, read by register column; problems are collected, not thrown. */
    private final class Cells {
        private final int rowNumber;
        private final List<String> cells;
        private final List<ImportProblem> problems;

        Cells(int rowNumber, List<String> cells, List<ImportProblem> problems) {
            this.rowNumber = rowNumber;
            this.cells = cells;
            this.problems = problems;
        }

        String text(RegisterColumn c) {
            Integer i = positions.get(c);
            if (i == null || i >= cells.size()) {
                return null;
            }
            String v = cells.get(i).strip();
            ExcelLimits.tooLong(heading(c), v).ifPresent(p -> problems.add(new ImportProblem(rowNumber, heading(c), p)));
            return v.isEmpty() ? null : v;
        }

        LocalDate date(RegisterColumn c) {
            String t = text(c);
            if (t == null) {
                return null;
            }
            try {
                return parseDate(t, "");
            } catch (UserError e) {
                problems.add(new ImportProblem(rowNumber, heading(c), e.getMessage()));
                return null;
            }
        }

        <T> T choice(RegisterColumn c, Function<String, Optional<T>> parse, String allowed) {
            String t = text(c);
            if (t == null) {
                return null;
            }
            Optional<T> v = parse.apply(t);
            if (v.isEmpty()) {
                problems.add(new ImportProblem(rowNumber, heading(c), "“" + t + "”不是可用的值（可用：" + allowed + "）。"));
            }
            return v.orElse(null);
        }

        List<PublicationChannel> channels() {
            String t = text(RegisterColumn.CHANNELS);
            List<PublicationChannel> list = new ArrayList<>();
            if (t == null) {
                return list;
            }
            for (String part : LIST_SEPARATORS.split(t)) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<PublicationChannel> c = PublicationChannel.fromLabel(part).or(() -> Optional.ofNullable(CHANNEL_WORDS.get(part)));
                if (c.isEmpty()) {
                    problems.add(new ImportProblem(rowNumber, heading(RegisterColumn.CHANNELS),
                            "“" + part + "”不是可用的公开方式（可用：政府网站、政府公报、政务新媒体、公开栏、其他）。"));
                } else if (!list.contains(c.get())) {
                    list.add(c.get());
                }
            }
            return list;
        }

        String category() {
            String t = text(RegisterColumn.CATEGORY);
            return t == null ? null : InformationCategory.fromText(t).map(InformationCategory::label).orElse(t);
        }
    }
}
