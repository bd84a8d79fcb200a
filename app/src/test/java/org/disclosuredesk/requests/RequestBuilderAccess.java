// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import org.disclosuredesk.law.ApplicantKind;

/** Builders for tests in other packages (the screens' view-model tests). */
public final class RequestBuilderAccess {

    private RequestBuilderAccess() {
    }

    public static RequestIntake natural(String received, String name, String content, IdType idType, String idNumber) {
        return RequestBuilder.aRequest().receivedOn(received).from(ApplicantKind.NATURAL_PERSON, name).asking(content)
                .withId(idType, idNumber).intake();
    }

    public static RequestIntake organisation(String received, String name, String content) {
        return RequestBuilder.aRequest().receivedOn(received).from(ApplicantKind.COMMERCIAL_ENTERPRISE, name).asking(content).intake();
    }
}
