// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.report.export;

/** The files a report is exported as: PDF to publish, Word for offices that must hand in .docx. */
public enum ReportFileType {
    PDF(".pdf", "PDF"),
    DOCX(".docx", "Word");

    private final String extension;
    private final String label;

    ReportFileType(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }
}
