// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.register;

import java.time.LocalDate;
import java.util.List;
import org.disclosuredesk.law.DisclosureAttribute;
import org.disclosuredesk.law.DocType;
import org.disclosuredesk.law.PublicationChannel;
import org.disclosuredesk.law.Validity;

/**
 * One register entry as the office enters it (form, import, demo), before the register checks and
 * normalises it. Text fields may be untidy; {@link DocumentRules} folds 文号 and 索引号 and trims.
 */
public record DocumentDraft(
        String indexNumber,
        String docNumber,
        String title,
        String issuingOrgan,
        LocalDate writtenOn,
        LocalDate publishedOn,
        DisclosureAttribute attribute,
        String nonDisclosureReason,
        List<PublicationChannel> channels,
        String category,
        DocType docType,
        Validity validity,
        LocalDate validityChangedOn,
        Long replacedById,
        String interpretationTitle,
        LocalDate interpretationPublishedOn,
        Long interpretationDocumentId,
        String secrecyReviewer,
        LocalDate secrecyReviewedOn,
        SecrecyResult secrecyResult) {

    public DocumentDraft {
        attribute = attribute == null ? DisclosureAttribute.PROACTIVE : attribute;
        channels = channels == null ? List.of() : List.copyOf(channels);
        docType = docType == null ? DocType.OTHER : docType;
        validity = validity == null ? Validity.IN_FORCE : validity;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().indexNumber(indexNumber).docNumber(docNumber).title(title).issuingOrgan(issuingOrgan)
                .writtenOn(writtenOn).publishedOn(publishedOn).attribute(attribute).nonDisclosureReason(nonDisclosureReason)
                .channels(channels).category(category).docType(docType).validity(validity)
                .validityChangedOn(validityChangedOn).replacedById(replacedById).interpretationTitle(interpretationTitle)
                .interpretationPublishedOn(interpretationPublishedOn).interpretationDocumentId(interpretationDocumentId)
                .secrecyReviewer(secrecyReviewer).secrecyReviewedOn(secrecyReviewedOn).secrecyResult(secrecyResult);
    }

    /** Fluent construction for forms, imports, the demo and tests. */
    public static final class Builder {
        private String indexNumber;
        private String docNumber;
        private String title;
        private String issuingOrgan;
        private LocalDate writtenOn;
        private LocalDate publishedOn;
        private DisclosureAttribute attribute;
        private String nonDisclosureReason;
        private List<PublicationChannel> channels;
        private String category;
        private DocType docType;
        private Validity validity;
        private LocalDate validityChangedOn;
        private Long replacedById;
        private String interpretationTitle;
        private LocalDate interpretationPublishedOn;
        private Long interpretationDocumentId;
        private String secrecyReviewer;
        private LocalDate secrecyReviewedOn;
        private SecrecyResult secrecyResult;

        public Builder indexNumber(String v) {
            indexNumber = v;
            return this;
        }

        public Builder docNumber(String v) {
            docNumber = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder issuingOrgan(String v) {
            issuingOrgan = v;
            return this;
        }

        public Builder writtenOn(LocalDate v) {
            writtenOn = v;
            return this;
        }

        public Builder publishedOn(LocalDate v) {
            publishedOn = v;
            return this;
        }

        public Builder attribute(DisclosureAttribute v) {
            attribute = v;
            return this;
        }

        public Builder nonDisclosureReason(String v) {
            nonDisclosureReason = v;
            return this;
        }

        public Builder channels(List<PublicationChannel> v) {
            channels = v;
            return this;
        }

        public Builder category(String v) {
            category = v;
            return this;
        }

        public Builder docType(DocType v) {
            docType = v;
            return this;
        }

        public Builder validity(Validity v) {
            validity = v;
            return this;
        }

        public Builder validityChangedOn(LocalDate v) {
            validityChangedOn = v;
            return this;
        }

        public Builder replacedById(Long v) {
            replacedById = v;
            return this;
        }

        public Builder interpretationTitle(String v) {
            interpretationTitle = v;
            return this;
        }

        public Builder interpretationPublishedOn(LocalDate v) {
            interpretationPublishedOn = v;
            return this;
        }

        public Builder interpretationDocumentId(Long v) {
            interpretationDocumentId = v;
            return this;
        }

        public Builder secrecyReviewer(String v) {
            secrecyReviewer = v;
            return this;
        }

        public Builder secrecyReviewedOn(LocalDate v) {
            secrecyReviewedOn = v;
            return this;
        }

        public Builder secrecyResult(SecrecyResult v) {
            secrecyResult = v;
            return this;
        }

        public DocumentDraft build() {
            return new DocumentDraft(indexNumber, docNumber, title, issuingOrgan, writtenOn, publishedOn, attribute,
                    nonDisclosureReason, channels, category, docType, validity, validityChangedOn, replacedById,
                    interpretationTitle, interpretationPublishedOn, interpretationDocumentId, secrecyReviewer,
                    secrecyReviewedOn, secrecyResult);
        }
    }
}
