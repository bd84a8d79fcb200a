// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.time.LocalDate;

/** A request whose disclosed information this register entry made 主动公开 (条例第四十四条): 依申请〔2025〕第3号. */
public record SourceRequest(long requestId, String number, LocalDate linkedOn, String note) {
}
