-- Assessments: saved answers, company profile and current state, reached by private links.
-- Written in the SQL that H2 and PostgreSQL share; the same file runs unchanged on both.
-- Tokens are never stored, only their SHA-256 hashes (hex), so a copy of the database does not
-- reveal the links.
CREATE TABLE assessment (
    id UUID NOT NULL,
    view_token_hash CHAR(64) NOT NULL,
    delete_token_hash CHAR(64) NOT NULL,
    catalog_id VARCHAR(32) NOT NULL,
    status VARCHAR(16) NOT NULL,
    company_name VARCHAR(120),
    industry VARCHAR(8),
    size_class VARCHAR(16),
    region VARCHAR(16),
    market VARCHAR(8),
    reassessed_from UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assessment_pk PRIMARY KEY (id),
    CONSTRAINT assessment_view_token_unique UNIQUE (view_token_hash),
    CONSTRAINT assessment_delete_token_unique UNIQUE (delete_token_hash),
    CONSTRAINT assessment_status_check CHECK (status IN ('draft', 'complete')),
    CONSTRAINT assessment_reassessed_from_fk FOREIGN KEY (reassessed_from)
        REFERENCES assessment (id) ON DELETE SET NULL
);

CREATE INDEX assessment_reassessed_from_idx ON assessment (reassessed_from);

CREATE TABLE assessment_answer (
    assessment_id UUID NOT NULL,
    question_id VARCHAR(64) NOT NULL,
    level_id VARCHAR(64) NOT NULL,
    CONSTRAINT assessment_answer_pk PRIMARY KEY (assessment_id, question_id),
    CONSTRAINT assessment_answer_assessment_fk FOREIGN KEY (assessment_id)
        REFERENCES assessment (id) ON DELETE CASCADE
);

CREATE TABLE assessment_touchpoint_state (
    assessment_id UUID NOT NULL,
    touchpoint_id VARCHAR(64) NOT NULL,
    usage_state VARCHAR(16) NOT NULL,
    CONSTRAINT assessment_touchpoint_state_pk PRIMARY KEY (assessment_id, touchpoint_id),
    CONSTRAINT assessment_touchpoint_state_usage_check
        CHECK (usage_state IN ('in-use', 'planned', 'not-used')),
    CONSTRAINT assessment_touchpoint_state_assessment_fk FOREIGN KEY (assessment_id)
        REFERENCES assessment (id) ON DELETE CASCADE
);
