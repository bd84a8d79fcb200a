-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Issue 14, item 8: ID numbers and phone numbers were written in clear into the append-only audit trail
-- when a request was edited. Mask the lines already there the way PersonalData.mask does (ID numbers keep
-- 6 + 4 characters, shorter numbers 3 + 4); the trail stays append-only for the app: the trigger that
-- forbids updates is lifted for this one statement and put back.
DROP TRIGGER audit_log_no_update;

UPDATE audit_log SET
    old_value = CASE
        WHEN old_value IS NULL OR length(trim(old_value)) = 0 THEN old_value
        WHEN length(trim(old_value)) <= 4 THEN substr('****', 1, length(trim(old_value)))
        WHEN length(trim(old_value)) >= 14 THEN substr(trim(old_value), 1, 6)
            || substr('********************************', 1, length(trim(old_value)) - 10) || substr(trim(old_value), -4)
        WHEN length(trim(old_value)) >= 8 THEN substr(trim(old_value), 1, 3)
            || substr('********************************', 1, length(trim(old_value)) - 7) || substr(trim(old_value), -4)
        ELSE substr('****', 1, length(trim(old_value)) - 4) || substr(trim(old_value), -4) END,
    new_value = CASE
        WHEN new_value IS NULL OR length(trim(new_value)) = 0 THEN new_value
        WHEN length(trim(new_value)) <= 4 THEN substr('****', 1, length(trim(new_value)))
        WHEN length(trim(new_value)) >= 14 THEN substr(trim(new_value), 1, 6)
            || substr('********************************', 1, length(trim(new_value)) - 10) || substr(trim(new_value), -4)
        WHEN length(trim(new_value)) >= 8 THEN substr(trim(new_value), 1, 3)
            || substr('********************************', 1, length(trim(new_value)) - 7) || substr(trim(new_value), -4)
        ELSE substr('****', 1, length(trim(new_value)) - 4) || substr(trim(new_value), -4) END
WHERE field IN ('id_number', 'phone');

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
