// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backup file names say what they are and when they were taken, so a person browsing the folder (or a
 * USB stick) understands them without the app: {@code desk-auto-20260131-093000.db},
 * {@code desk-20260131-093000.db} (made by hand), {@code desk-before-restore-20260131-093000.db},
 * {@code desk-before-migration-v2-20260131-093000.db} (written by {@code Database.open}).
 */
public record BackupName(String stem, BackupKind kind, LocalDateTime takenAt) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile(
            "(?<stem>.+?)-(?:(?<kind>auto|before-restore|before-migration-v\\d+)-)?(?<stamp>\\d{8}-\\d{6})(?:-\\d+)?\\.db",
            Pattern.CASE_INSENSITIVE);

    /** The stem of a database file: {@code desk} for {@code desk.db}. */
    public static String stemOf(String databaseFileName) {
        return databaseFileName.replaceFirst("(?i)\\.db$", "");
    }

    /** The file name for this backup; {@code n > 1} tells apart two backups taken in the same second. */
    public String fileName(int n) {
        String infix;
        switch (kind) {
            case AUTO:
                infix = "-auto";
                break;
            case BEFORE_RESTORE:
                infix = "-before-restore";
                break;
            case MANUAL:
                infix = "";
                break;
            default:
                throw new IllegalArgumentException("the app does not name " + kind + " backups");
        }
        return stem + infix + "-" + takenAt.withNano(0).format(STAMP) + (n > 1 ? "-" + n : "") + ".db";
    }

    /** Reads a name this app (or {@code Database.open}) gave; empty for any other name. */
    public static Optional<BackupName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(m.group("stamp"), STAMP);
            return Optional.of(new BackupName(m.group("stem"), kindOf(m.group("kind")), at));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static BackupKind kindOf(String infix) {
        if (infix == null) {
            return BackupKind.MANUAL;
        }
        String lower = infix.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("auto")) {
            return BackupKind.AUTO;
        }
        return lower.equals("before-restore") ? BackupKind.BEFORE_RESTORE : BackupKind.BEFORE_MIGRATION;
    }
}
