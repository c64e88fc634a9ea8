-- Retention: completed assessments are deleted when nobody opened them for a long time, drafts when
-- nobody changed them (quickcheck.retention.*). Same SQL for H2 and PostgreSQL.
ALTER TABLE assessment ADD COLUMN last_opened_at TIMESTAMP WITH TIME ZONE;
UPDATE assessment SET last_opened_at = updated_at;
ALTER TABLE assessment ALTER COLUMN last_opened_at SET NOT NULL;

CREATE INDEX assessment_expiry_idx ON assessment (status, last_opened_at);
CREATE INDEX assessment_draft_expiry_idx ON assessment (status, updated_at);

-- One row per scheduled job: the instance that moves locked_until into the future runs it, the
-- others skip that turn, so several instances on one database do not delete side by side.
CREATE TABLE scheduled_job (
    name VARCHAR(64) NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by VARCHAR(128),
    CONSTRAINT scheduled_job_pk PRIMARY KEY (name)
);
INSERT INTO scheduled_job (name, locked_until) VALUES ('assessment-retention', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');

-- A company name is limited to 120 characters (code points); an emoji takes two UTF-16 units,
-- which is what H2 counts, so the column holds twice as many.
ALTER TABLE assessment ALTER COLUMN company_name SET DATA TYPE VARCHAR(240);
