// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

/** The files a notice is written as: PDF to print and send, Word for offices that stamp .docx. */
public enum NoticeFileType {
    PDF(".pdf", "PDF"),
    DOCX(".docx", "Word");

    private final String extension;
    private final String label;

    NoticeFileType(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** A file name a clerk recognises: 补正告知书-X政公开补〔2025〕第3号-张三.pdf, without characters Windows refuses. */
    public String fileName(IssuedNotice n) {
        String name = n.type().kind().shortLabel() + "-" + n.number().text() + "-" + n.text().addressee();
        return name.replaceAll("[\\\\/:*?\"<>|\\s]", "_") + extension;
    }
}
