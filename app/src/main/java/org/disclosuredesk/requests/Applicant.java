// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import org.disclosuredesk.law.ApplicantKind;

/** Who applied (条例第二十九条): the kind decides the applicant column of table 三. */
public record Applicant(ApplicantKind kind, String name, IdType idType, String idNumber, String phone,
        String address, String email) {

    /** The ID number as a list shows it: a person's number masked, an organisation's code in full. */
    public String maskedIdNumber() {
        return IdMask.mask(idType, idNumber);
    }
}
