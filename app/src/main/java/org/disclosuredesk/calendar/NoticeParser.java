// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosuredesk.shared.DateInput;

/**
 * Reads the pasted text of the State Council's yearly holiday notice (《国务院办公厅关于YYYY年部分节假日
 * 安排的通知》) into the days it announces. Only numbered holiday lines are read (「二、春节：…」); the
 * preamble, closing and signature are skipped, and a dated sentence outside those lines is shown as a
 * note. Several notices pasted together (the 2020 notice and its extension) are read one after another.
 * Full-width and half-width punctuation and digits are treated alike.
 */
// [impl->req~calendar.notice-parse~1]
public final class NoticeParser {

    private static final Pattern TITLE = Pattern.compile("国务院办公厅关于[^,。:;《》]*?(\\d{4})年[^,。:;《》]*?通知");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("国办发明电[〔\\[(【](\\d{4})[〕\\])】](\\d+)号");
    private static final Pattern ORDINAL = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\)|\\d{1,2}[.、])");
    private static final Pattern NAMED = Pattern.compile("^([^:\\d,。;]{1,20}):");
    private static final Pattern ARRANGEMENT = Pattern.compile("放假|上班|补休|延长");

    private record Line(int number, String original, String text) {
    }

    /** The notices in {@code text}; lines before any title are read as a notice for {@code fallbackYear}. */
    public List<ParsedNotice> parse(String text, int fallbackYear) {
        List<NoticeBuilder> notices = new ArrayList<>();
        NoticeBuilder current = new NoticeBuilder(fallbackYear);
        notices.add(current);
        for (Line line : lines(text == null ? "" : text)) {
            Matcher title = TITLE.matcher(line.text());
            if (title.find() && !isHolidayLine(line.text())) {
                if (current.hasTitle() || !current.isEmpty()) {
                    current = new NoticeBuilder(fallbackYear);
                    notices.add(current);
                }
                current.title(title.group(), Integer.parseInt(title.group(1)));
                continue;
            }
            Matcher number = DOCUMENT_NUMBER.matcher(line.text());
            if (number.find()) {
                current.documentNumber("国办发明电〔" + number.group(1) + "〕" + number.group(2) + "号");
                continue;
            }
            read(current, line);
        }
        List<ParsedNotice> result = new ArrayList<>();
        for (NoticeBuilder notice : notices) {
            if (notice.hasTitle() || !notice.isEmpty() || notices.size() == 1) {
                result.add(notice.build());
            }
        }
        return result;
    }

    private static void read(NoticeBuilder notice, Line line) {
        String s = line.text();
        Matcher ordinal = ORDINAL.matcher(s);
        boolean numbered = ordinal.find();
        String rest = numbered ? s.substring(ordinal.end()) : s;
        Matcher named = NAMED.matcher(rest);
        String name = named.find() ? named.group(1) : null;
        String body = name == null ? rest : rest.substring(named.end());
        boolean arrangement = ARRANGEMENT.matcher(body).find();
        boolean knownHoliday = name != null && NoticeBuilder.STATUTORY_HOLIDAYS.stream().anyMatch(name::contains);
        if (knownHoliday || (numbered && arrangement)) {
            if (name != null && !knownHoliday) {
                notice.problem(line.number(), line.original(), "“" + name
                        + "”不是《全国年节及纪念日放假办法》规定全体公民放假的节日。");
                return;
            }
            String holiday = notice.holidayOf(name);
            if (holiday == null && notice.isAmendment()) {
                notice.problem(line.number(), line.original(), "这一行没有写明是哪个节日，无法确定调整哪些日期。");
                return;
            }
            new NoticeLineReader(notice, line.number(), line.original(), holiday).read(body);
        } else if (arrangement && WrittenDate.containsDate(body)) {
            notice.note(line.number(), line.original(), "这一段不是编号的放假安排（如“二、春节：…”），未读取。");
        }
    }

    private static boolean isHolidayLine(String s) {
        return ORDINAL.matcher(s).find() && ARRANGEMENT.matcher(s).find();
    }

    /** Lines folded to half-width without spaces; a title broken over two lines is joined. */
    private static List<Line> lines(String text) {
        String[] raw = text.split("\\R", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String normalised = normalise(raw[i]);
            if (normalised.isEmpty()) {
                continue;
            }
            String original = raw[i].strip();
            if (normalised.startsWith("国务院办公厅关于") && !normalised.contains("通知") && i + 1 < raw.length) {
                normalised += normalise(raw[i + 1]);
                original += raw[i + 1].strip();
                lines.add(new Line(i + 1, original, normalised));
                i++;
                continue;
            }
            lines.add(new Line(i + 1, original, normalised));
        }
        return lines;
    }

    private static String normalise(String line) {
        return DateInput.toHalfWidth(line)
                .replace('\u00A0', ' ')
                .replace("\u200B", "")
                .replace("\uFEFF", "")
                .replaceAll("\\s+", "");
    }
}
