-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Indexes for the screens' and the report's common queries (by year, by status, by date).
CREATE INDEX document_written_on ON document (written_on);
CREATE INDEX document_published_on ON document (published_on);
CREATE INDEX document_type_validity ON document (doc_type, validity, validity_changed_on);
CREATE INDEX request_received_on ON request (received_on);
CREATE INDEX request_decided_on ON request (decided_on);
CREATE INDEX request_applicant_name ON request (applicant_name);
CREATE INDEX request_event_request ON request_event (request_id, kind);
CREATE INDEX review_case_filed_on ON review_case (filed_on);
CREATE INDEX plan_task_plan ON plan_task (plan_id, parent_id);
CREATE INDEX plan_task_due ON plan_task (due_date, status);
CREATE INDEX plan_task_unit_task ON plan_task_unit (task_id, role);
CREATE INDEX calendar_day_year ON calendar_day (year);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);
