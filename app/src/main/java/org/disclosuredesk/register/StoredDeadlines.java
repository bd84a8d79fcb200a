// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.disclosuredesk.calendar.CalendarSource;
import org.disclosuredesk.calendar.WorkCalendar;
import org.disclosuredesk.settings.SettingsService;

/**
 * Keeps each document's two deadlines in step with the working-day calendar and the 解读 setting. The
 * deadlines are stored (so flags filter in SQL), and the calendar and setting they were computed with
 * are remembered as a fingerprint: when either changes, every stored deadline is recomputed, one UPDATE
 * per distinct date (a few thousand), not one per document.
 */
final class StoredDeadlines {

    static final String BASIS_KEY = "register.deadlines.basis";

    private final RegisterRepository repository;
    private final CalendarSource calendar;
    private final SettingsService settings;

    StoredDeadlines(RegisterRepository repository, CalendarSource calendar, SettingsService settings) {
        this.repository = repository;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** Computes deadlines for many documents, remembering each date's answer (imports share few dates). */
    final class Computer {
        private final WorkCalendar cal = calendar.current();
        private final int interpretationDays = settings.current().interpretationWorkingDays();
        private final Map<LocalDate, LocalDate> publishDue = new HashMap<>();
        private final Map<LocalDate, LocalDate> interpretationDue = new HashMap<>();

        LocalDate publishDueOn(DocumentDraft d) {
            return publishDue.computeIfAbsent(d.writtenOn(), w -> PublicationDeadline.dueOn(cal, w));
        }

        LocalDate interpretationDueOn(DocumentDraft d) {
            if (!InterpretationDeadline.applies(d.docType(), d.publishedOn())) {
                return null;
            }
            return interpretationDue.computeIfAbsent(d.publishedOn(),
                    p -> InterpretationDeadline.dueOn(cal, interpretationDays, d.docType(), p));
        }

        RegisterRepository.NewDocument newDocument(DocumentDraft d, String bodyText) {
            return new RegisterRepository.NewDocument(d, publishDueOn(d), interpretationDueOn(d), bodyText);
        }
    }

    Computer computer() {
        return new Computer();
    }

    boolean stale() {
        return !basis(calendar.current()).equals(settings.value(BASIS_KEY).orElse(""));
    }

    /** Recomputes every stored deadline with this calendar; returns how many documents changed. Call in a transaction. */
    int recomputeAll(WorkCalendar cal) {
        int interpretationDays = settings.current().interpretationWorkingDays();
        int changed = 0;
        for (String written : repository.distinctWrittenOn()) {
            changed += repository.setPublishDueOn(written, PublicationDeadline.dueOn(cal, LocalDate.parse(written)));
        }
        for (String published : repository.distinctNormativePublishedOn()) {
            changed += repository.setInterpretationDueOn(published, cal.addWorkingDays(LocalDate.parse(published), interpretationDays));
        }
        settings.putValue(BASIS_KEY, basis(cal));
        return changed;
    }

    /** Marks the stored deadlines as computed with the current calendar and setting (after inserts into an empty register). */
    void markCurrent() {
        settings.putValue(BASIS_KEY, basis(calendar.current()));
    }

    private String basis(WorkCalendar cal) {
        StringBuilder sb = new StringBuilder("v1;").append(settings.current().interpretationWorkingDays()).append(';');
        new TreeMap<>(cal.exceptions()).forEach((day, kind) -> sb.append(day).append(kind.name().charAt(0)));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
