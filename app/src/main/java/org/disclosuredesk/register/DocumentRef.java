// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.time.LocalDate;

/** Enough of an entry to name it: in duplicate messages, as the replacing document, as the linked 解读. */
public record DocumentRef(long id, String title, String docNumber, String indexNumber, LocalDate writtenOn) {

    public static DocumentRef of(long id, DocumentDraft d) {
        return new DocumentRef(id, d.title(), d.docNumber(), d.indexNumber(), d.writtenOn());
    }

    /** 《关于…的通知》（示府办发〔2025〕12号，成文日期 2025-03-05，台账第 17 条）. */
    public String describe() {
        StringBuilder sb = new StringBuilder("《").append(title).append("》（");
        if (docNumber != null) {
            sb.append(docNumber).append("，");
        }
        if (indexNumber != null) {
            sb.append("索引号 ").append(indexNumber).append("，");
        }
        return sb.append("成文日期 ").append(writtenOn).append("，台账第 ").append(id).append(" 条）").toString();
    }
}
