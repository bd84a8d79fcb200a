// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Whether a Windows drive letter is a mapped network drive. The JDK's file store reports the remote
 * volume's file system ("NTFS") and no drive type, so this asks .NET's {@code DriveInfo} through
 * PowerShell, whose answer ("Network") does not depend on the Windows display language. The system
 * drive is never asked; any failure or a slow answer counts as "local" — a missing warning, never a block.
 */
final class WindowsDriveTypes implements Predicate<Character> {

    private static final long TIMEOUT_SECONDS = 5;

    @Override
    public boolean test(Character letter) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String systemDrive = System.getenv().getOrDefault("SystemDrive", "C:");
        if (!os.startsWith("windows") || !Character.isLetter(letter)
                || systemDrive.toUpperCase(Locale.ROOT).startsWith(String.valueOf(Character.toUpperCase(letter)))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("powershell.exe", "-NoProfile", "-NonInteractive", "-Command",
                    "(New-Object System.IO.DriveInfo '" + Character.toUpperCase(letter) + "').DriveType")
                    .redirectErrorStream(true)
                    .start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            try (InputStream in = p.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().equalsIgnoreCase("Network");
            }
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
