// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.RequestChannel;
import org.disclosuredesk.law.ResultRow;
import org.disclosuredesk.requests.Applicant;
import org.disclosuredesk.requests.IdType;
import org.disclosuredesk.requests.ImportedRequest;
import org.disclosuredesk.requests.IntakeValidator;
import org.disclosuredesk.requests.LedgerAliases;
import org.disclosuredesk.requests.RequestStatus;
import org.disclosuredesk.requests.RequestIntake;
import org.disclosuredesk.shared.UserError;
import org.disclosuredesk.shared.ValidationError;
import org.disclosuredesk.shared.transfer.ColumnMapping;
import org.disclosuredesk.shared.transfer.ExcelLimits;
import org.disclosuredesk.shared.transfer.FileStamp;
import org.disclosuredesk.shared.transfer.ImportPreview;
import org.disclosuredesk.shared.transfer.ImportProblem;

/**
 * Reads the rows of an existing log with a column mapping into requests, checking each row as the
 * intake form would, and says per row what is wrong (bad date, unknown result label, missing
 * applicant kind, a row already in the log). Stores nothing: see {@code RequestService#importRequests}.
 */
// [impl->req~import.preview~1]
public final class RequestImporter {

    private final LocalDate today;
    private final Predicate<RequestIntake> alreadyStored;

    public RequestImporter(LocalDate today, Predicate<RequestIntake> alreadyStored) {
        this.today = today;
        this.alreadyStored = alreadyStored;
    }

    public ImportPreview<ImportedRequest, ImportField> preview(SheetTable table, ColumnMapping<ImportField> mapping) {
        List<String> missing = mapping.missingRequired();
        if (!missing.isEmpty()) {
            throw new UserError("请先指定这些项目在哪一列：" + String.join("、", missing) + "。");
        }
        List<ImportPreview.Row<ImportedRequest>> rows = new ArrayList<>();
        List<ImportProblem> flat = new ArrayList<>();
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            int rowNumber = table.rowNumber(i);
            Reader reader = new Reader(table, mapping, i);
            ImportedRequest request = reader.read(rowNumber);
            List<String> problems = reader.problems;
            if (request != null && problems.isEmpty()) {
                String key = request.intake().applicant().name() + "|" + request.intake().receivedOn() + "|" + request.intake().content();
                String original = reader.text(ImportField.ORIGINAL_NUMBER);
                String before = seen.putIfAbsent(key, original);
                if (before != null && !original.isEmpty() && !before.isEmpty() && !before.equals(original)) {
                    // Two 登记号: two applications with the same words (an applicant may ask twice).
                    reader.warnings.add("与前面登记号为“" + before + "”的一行申请人、收到日期、申请内容相同，但登记号不同，按两件申请导入，请核对。");
                } else if (before != null) {
                    problems.add("与前面某行重复（申请人、收到日期、申请内容相同）。");
                } else if (alreadyStored.test(request.intake())) {
                    problems.add("台账中已有这件申请（申请人、收到日期、申请内容相同），不再导入。");
                }
            }
            rows.add(new ImportPreview.Row<>(rowNumber, request, List.copyOf(problems), List.copyOf(reader.warnings)));
            problems.forEach(p -> flat.add(new ImportProblem(rowNumber, null, p)));
        }
        int valid = (int) rows.stream().filter(ImportPreview.Row::isValid).count();
        return new ImportPreview<>(table.file(), table.headers(), mapping, rows.size(), table.fileLines(), valid, rows, flat,
                FileStamp.of(table.file()));
    }

    /** Reads one row, collecting every problem rather than stopping at the first. */
    private final class Reader {
        private final SheetTable table;
        private final ColumnMapping<ImportField> mapping;
        private final int index;
        final List<String> problems = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        private final Set<ImportField> unreadable = java.util.EnumSet.noneOf(ImportField.class);

        Reader(SheetTable table, ColumnMapping<ImportField> mapping, int index) {
            this.table = table;
            this.mapping = mapping;
            this.index = index;
        }

        ImportedRequest read(int rowNumber) {
            String kindText = text(ImportField.APPLICANT_KIND);
            ApplicantKind kind = null;
            if (kindText.isEmpty()) {
                problems.add("缺少申请人类型（应为：" + LedgerLabels.applicantKinds() + "）。");
            } else {
                kind = LedgerLabels.applicantKind(kindText).orElse(null);
                if (kind == null) { // issue 12.4: the ledger's own words, mapped and shown, never guessed
                    kind = LedgerAliases.applicantKind(kindText).map(m -> note(m.note(), m.value())).orElse(null);
                }
                if (kind == null) {
                    problems.add("申请人类型“" + kindText + "”无法识别（应为：" + LedgerLabels.applicantKinds() + "）。");
                }
            }
            String channelText = text(ImportField.CHANNEL);
            RequestChannel channel = channelText.isEmpty() ? RequestChannel.OTHER : LedgerLabels.channel(channelText).orElse(null);
            if (channel == null) {
                problems.add("申请方式“" + channelText + "”无法识别（应为：" + LedgerLabels.channels() + "）。");
            }
            LocalDate received = date(ImportField.RECEIVED_ON);
            LocalDate submitted = date(ImportField.SUBMITTED_ON);
            LocalDate decided = date(ImportField.DECIDED_ON);
            String resultText = text(ImportField.RESULT);
            ResultRow result = null;
            if (!resultText.isEmpty()) {
                result = LedgerLabels.result(resultText)
                        .or(() -> LedgerAliases.result(resultText).map(m -> note(m.note(), m.value()))).orElse(null);
                Optional<String> whichGround = result == null ? LedgerAliases.groundQuestion(resultText) : Optional.empty();
                if (whichGround.isPresent()) {
                    problems.add(whichGround.get());
                } else if (result == null) {
                    problems.add("办理结果“" + resultText + "”不是年度报告表三的结果项（例如：予以公开、部分公开、"
                            + "本机关不掌握相关政府信息、3.4）。");
                }
            }
            if (result != null && decided == null && !unreadable.contains(ImportField.DECIDED_ON)) {
                warnings.add("有办理结果“" + result.fullLabel() + "”但没有答复日期：按“" + RequestStatus.DATE_NOT_RECORDED.label()
                        + "”导入，请补记答复日期（记录作出答复）。");
            }
            if (resultText.isEmpty() && decided != null) {
                problems.add("有答复日期时须填写办理结果。");
            }
            if (decided != null && received != null && decided.isBefore(received)) {
                problems.add("答复日期（" + decided + "）早于收到申请日期（" + received + "）。");
            }
            if (decided != null && decided.isAfter(today)) {
                problems.add("答复日期（" + decided + "）晚于今天。");
            }
            String number = text(ImportField.ID_NUMBER);
            IdType idType = LedgerLabels.idType(text(ImportField.ID_TYPE), number).orElse(null);
            String notes = text(ImportField.NOTES);
            String original = text(ImportField.ORIGINAL_NUMBER);
            if (!original.isEmpty()) {
                notes = (notes.isEmpty() ? "" : notes + "；") + "原登记号：" + original;
            }
            RequestIntake intake = new RequestIntake(
                    new Applicant(kind, text(ImportField.APPLICANT_NAME), idType, number, text(ImportField.PHONE),
                            text(ImportField.ADDRESS), text(ImportField.EMAIL)),
                    channel, submitted == null ? received : submitted, received, text(ImportField.CONTENT),
                    text(ImportField.FORM_WANTED), notes);
            for (ValidationError.Problem p : IntakeValidator.problems(intake, today)) {
                boolean reported = p.field().equals("applicantKind") || p.field().equals("channel")
                        || (p.field().equals("receivedOn") && unreadable.contains(ImportField.RECEIVED_ON))
                        || (p.field().equals("submittedOn") && (received == null || unreadable.contains(ImportField.SUBMITTED_ON)));
                if (!reported) {
                    problems.add(p.message());
                }
            }
            return kind == null || channel == null || received == null ? null
                    : new ImportedRequest(rowNumber, intake, result, result == null ? null : decided);
        }

        private <T> T note(String note, T value) {
            if (note != null) {
                warnings.add(note + "。");
            }
            return value;
        }

        String text(ImportField field) {
            String text = CellText.text(cell(field));
            ExcelLimits.tooLong(mapping.heading(field).orElse(field.label()), text).ifPresent(problems::add);
            return text;
        }

        private String cell(ImportField field) {
            Optional<String> header = mapping.heading(field);
            return header.map(h -> table.cell(index, table.headers().indexOf(h))).orElse(null);
        }

        private LocalDate date(ImportField field) {
            try {
                return CellText.date(cell(field), field.label());
            } catch (UserError e) {
                unreadable.add(field);
                problems.add(e.getMessage());
                return null;
            }
        }
    }
}
