// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosuredesk.shared.UserError;

/** Size and time of a file at preview, so the commit that reads it again knows it is the same file. */
public record FileStamp(long size, long modifiedMillis) {

    public static FileStamp of(Path file) {
        try {
            return new FileStamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            throw new UserError("无法读取“" + file.getFileName() + "”：" + e.getMessage(), e);
        }
    }
}
