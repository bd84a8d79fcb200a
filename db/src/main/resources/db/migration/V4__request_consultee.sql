-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Who a consultation went to (条例第三十二条、第三十三条第三款): a third party has its own limit of
-- 15 working days; another agency answers within the period its letter gives. Both pause the clock.
ALTER TABLE request_event ADD COLUMN consultee TEXT
    CHECK (consultee IS NULL OR consultee IN ('第三方', '其他机关'));

