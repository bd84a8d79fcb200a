// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.requests.notices;

/** A notice as issued and stored with its request: reprinting it renders {@code text} again, unchanged. */
public record IssuedNotice(Long id, long requestId, Long eventId, NoticeType type, NoticeNumber number,
        RenderedNotice text) {
}
