// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.register.DocumentDraft;
import org.disclosuredesk.register.RegisterEntry;
import org.disclosuredesk.register.RegisterService;
import org.disclosuredesk.register.TableTwoFigures;
import org.disclosuredesk.register.TableTwoMeasure;
import org.disclosuredesk.register.YearlyStatistics;

/** How the register commands print entries and figures: JSON with snake_case names, or one line per entry. */
final class RegisterCommandJson {

    private RegisterCommandJson() {
    }

    static Map<String, Object> entry(RegisterEntry e) {
        DocumentDraft d = e.document();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.putAll(RegisterService.fields(d));
        // labels for people and scripts, in the same place (a LinkedHashMap keeps the key's position)
        m.put("channels", d.channels().stream().map(PublicationChannel::label).collect(Collectors.toList()));
        m.put("publish_due_on", e.publishDueOn());
        m.put("interpretation_due_on", e.interpretationDueOn());
        m.put("publication_late_working_days", e.flags().publicationDaysLate());
        m.put("interpretation_late_working_days", e.flags().interpretationDaysLate());
        m.put("flags", e.flags().labels());
        m.put("attachments", e.attachmentCount());
        return m;
    }

    static List<Map<String, Object>> entries(List<RegisterEntry> list) {
        return list.stream().map(RegisterCommandJson::entry).collect(Collectors.toList());
    }

    static Map<String, Object> tableTwo(TableTwoFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", f.year());
        m.put("rules", row(f.rules()));
        m.put("normative_documents", row(f.normativeDocuments()));
        YearlyStatistics s = f.statistics();
        m.put("licensing_decisions", s.licensingDecisions());
        m.put("penalty_decisions", s.penaltyDecisions());
        m.put("coercion_decisions", s.coercionDecisions());
        m.put("admin_fee_fen", s.adminFeeFen());
        m.put("admin_fee_wan_yuan", s.adminFeeWanYuan());
        m.put("statistics_entered", s.entered());
        m.put("source_note", s.sourceNote());
        return m;
    }

    private static Map<String, Object> row(TableTwoFigures.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", r.docType().label());
        m.put("made", r.made());
        m.put("abolished", r.abolished());
        m.put("in_force", r.inForce());
        return m;
    }

    static void printLine(PrintWriter out, RegisterEntry e) {
        DocumentDraft d = e.document();
        out.println(String.join("\t", String.valueOf(e.id()), String.valueOf(d.writtenOn()), nz(d.docNumber()), d.title(),
                d.docType().label(), d.validity().label(), String.join("；", e.flags().labels())));
    }

    static void printTableTwo(PrintWriter out, TableTwoFigures f) {
        out.println(f.year() + " 年 表二（第二十条第（一）项）\t" + TableTwoMeasure.MADE.label() + "\t"
                + TableTwoMeasure.ABOLISHED.label() + "\t" + TableTwoMeasure.IN_FORCE.label());
        for (TableTwoFigures.Row r : List.of(f.rules(), f.normativeDocuments())) {
            out.println(r.docType().label() + "\t" + r.made() + "\t" + r.abolished() + "\t" + r.inForce());
        }
        YearlyStatistics s = f.statistics();
        out.println("行政许可\t" + s.licensingDecisions());
        out.println("行政处罚\t" + s.penaltyDecisions());
        out.println("行政强制\t" + s.coercionDecisions());
        out.println("行政事业性收费（万元）\t" + s.adminFeeWanYuan().toPlainString() + (s.entered() ? "" : "\t（年度统计尚未填写）"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
