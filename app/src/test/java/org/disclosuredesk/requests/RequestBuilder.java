// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disclosuredesk.law.ApplicantKind;
import org.disclosuredesk.law.RequestChannel;

/** {@code aRequest().receivedOn("2025-03-05").byChannel(RequestChannel.REGISTERED_MAIL).build()} */
final class RequestBuilder {

    private ApplicantKind kind = ApplicantKind.NATURAL_PERSON;
    private String name = "张三";
    private IdType idType;
    private String idNumber;
    private String phone = "13800000000";
    private RequestChannel channel = RequestChannel.IN_PERSON;
    private LocalDate submittedOn;
    private LocalDate receivedOn = LocalDate.parse("2025-03-05");
    private String content = "2024年本县城区道路改造工程的立项批复";
    private final List<RequestEvent> events = new ArrayList<>();

    static RequestBuilder aRequest() {
        return new RequestBuilder();
    }

    RequestBuilder receivedOn(String date) {
        this.receivedOn = LocalDate.parse(date);
        return this;
    }

    RequestBuilder submittedOn(String date) {
        this.submittedOn = LocalDate.parse(date);
        return this;
    }

    RequestBuilder byChannel(RequestChannel c) {
        this.channel = c;
        return this;
    }

    RequestBuilder from(ApplicantKind k, String applicantName) {
        this.kind = k;
        this.name = applicantName;
        return this;
    }

    RequestBuilder withId(IdType type, String number) {
        this.idType = type;
        this.idNumber = number;
        return this;
    }

    RequestBuilder phone(String number) {
        this.phone = number;
        return this;
    }

    RequestBuilder asking(String text) {
        this.content = text;
        return this;
    }

    RequestBuilder with(RequestEvent... e) {
        for (RequestEvent event : e) {
            events.add(event.id() == null ? event.withId((long) (events.size() + 1)) : event);
        }
        return this;
    }

    RequestIntake intake() {
        return new RequestIntake(new Applicant(kind, name, idType, idNumber, phone, "示例县城关镇人民路1号", null), channel,
                submittedOn == null ? receivedOn : submittedOn, receivedOn, content, "纸质", null);
    }

    Request build() {
        return new Request(null, RegistrationNumber.of("依申请", receivedOn.getYear(), 1), intake(), null, null, null, events);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
