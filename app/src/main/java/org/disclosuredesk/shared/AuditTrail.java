// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Records every change to the office's records. Call it inside the transaction that makes the change,
 * so the change and its record are stored together or not at all.
 */
public final class AuditTrail {

    /** ISO with seconds always written: LocalDateTime.toString drops ":00", which sorts and reads unevenly. */
    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final AuditRepository repository;
    private final Clock clock;
    private final Supplier<String> actor;

    /** {@code actor} gives the operator name chosen in settings, or the system user name. */
    public AuditTrail(AuditRepository repository, Clock clock, Supplier<String> actor) {
        this.repository = repository;
        this.clock = clock;
        this.actor = actor;
    }

    public void record(String entity, Long entityId, AuditEntry.Action action, String summary) {
        repository.insert(new AuditEntry(now(), actor.get(), entity, entityId, action, null, null, null, summary));
    }

    /**
     * The line {@link #record} would write, for a caller that stores it elsewhere in the same step as its
     * change (a restore writes its line into the data it restores, so the two cannot be parted by a crash).
     */
    public AuditEntry entry(String entity, Long entityId, AuditEntry.Action action, String summary) {
        return new AuditEntry(now(), actor.get(), entity, entityId, action, null, null, null, summary);
    }

    public void recordChange(String entity, Long entityId, String oldValue, String newValue, String summary) {
        AuditEntry.Action action = oldValue == null ? AuditEntry.Action.CREATE : AuditEntry.Action.UPDATE;
        repository.insert(new AuditEntry(now(), actor.get(), entity, entityId, action, null, oldValue, newValue, summary));
    }

    /**
     * One audit line per field whose value differs between {@code before} and {@code after}. The trail is
     * append-only and kept for years: an ID number or a phone number is stored masked there (issue 14,
     * item 8) — the line still says the field changed, the request itself keeps the full value.
     */
    public void recordFieldChanges(String entity, long entityId, Map<String, ?> before, Map<String, ?> after) {
        String at = now();
        String who = actor.get();
        for (Map.Entry<String, ?> e : after.entrySet()) {
            Object old = before.get(e.getKey());
            if (!Objects.equals(text(old), text(e.getValue()))) {
                boolean personal = PersonalData.isPersonal(e.getKey());
                repository.insert(new AuditEntry(at, who, entity, entityId, AuditEntry.Action.UPDATE, e.getKey(),
                        personal ? PersonalData.mask(text(old)) : text(old), personal ? PersonalData.mask(text(e.getValue()))
                                : text(e.getValue()), personal ? "已修改（号码已脱敏）" : null));
            }
        }
    }

    public List<AuditEntry> history(String entity, long entityId) {
        return repository.history(entity, entityId);
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private String now() {
        return LocalDateTime.now(clock).format(STORED);
    }
}
