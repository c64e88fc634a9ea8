-- Dashboard, peer benchmarks and research export (module statistics). Same SQL for H2 and
-- PostgreSQL. The statistics tables are a read model of the assessments, kept in step by the
-- statistics module in the transaction that changes an assessment or a company; they never hold a
-- company name, a token or an answer of a single assessment that could be read back by anyone but
-- an administrator's research export (which coarsens it first).

-- Whether an assessment made without an advisor may count for anonymous benchmarks and research:
-- "für anonyme Vergleichswerte verwenden", ticked by default, changeable on the assessment's page.
ALTER TABLE assessment ADD COLUMN benchmark_consent BOOLEAN DEFAULT TRUE NOT NULL;

-- What the statistics count for each assessment right now: one row per assessment (drafts too, so
-- that re-assessment chains can be followed through them). No foreign key: when an assessment goes,
-- its row is still needed to take its counts back out, and is deleted then.
--   chain_id      the first assessment of its re-assessment chain (following reassessed_from)
--   month_start   the first day of the month it was created in (German time)
--   industry, size_class, region  the profile ids, '-' when not given
--   eligible      made for a company (by an advisor) or the consent is given
--   benchmark     counted in benchmarks and research: complete, eligible and the latest complete
--                 assessment (created last) of its chain
--   answers       one digit per question in catalogue order: the index of the level answered
--                 (levels in catalogue order), '-' when open
--   recommendations  one digit per touchpoint in catalogue order: the index of its recommendation
--   gaps          one digit per touchpoint: 1 when recommended at least "empfehlenswert" but not in
--                 use (not used or not marked), else 0; null without a current state
CREATE TABLE statistic_assessment (
    assessment_id UUID NOT NULL,
    chain_id UUID NOT NULL,
    company_id UUID,
    owner_account_id UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    month_start DATE NOT NULL,
    catalog_id VARCHAR(32) NOT NULL,
    industry VARCHAR(8) NOT NULL,
    size_class VARCHAR(16) NOT NULL,
    region VARCHAR(16) NOT NULL,
    complete BOOLEAN NOT NULL,
    eligible BOOLEAN NOT NULL,
    benchmark BOOLEAN NOT NULL,
    answers VARCHAR(200),
    recommendations VARCHAR(200),
    gaps VARCHAR(200),
    CONSTRAINT statistic_assessment_pk PRIMARY KEY (assessment_id)
);

CREATE INDEX statistic_assessment_chain_idx ON statistic_assessment (chain_id);
CREATE INDEX statistic_assessment_company_idx ON statistic_assessment (company_id);
CREATE INDEX statistic_assessment_owner_idx ON statistic_assessment (owner_account_id, month_start);
CREATE INDEX statistic_assessment_industry_idx ON statistic_assessment (industry, month_start);
CREATE INDEX statistic_assessment_size_idx ON statistic_assessment (size_class, month_start);
CREATE INDEX statistic_assessment_region_idx ON statistic_assessment (region, month_start);
CREATE INDEX statistic_assessment_benchmark_idx ON statistic_assessment (benchmark, catalog_id);

-- The dashboard's counts over all complete assessments (the administrator's view), per month,
-- catalogue version and profile, rolled up four ways: over every profile (industry, size_class and
-- region all '*'), and by industry, by size class or by region alone (the other two '*').
--   measure 'n': assessments (item and value '')
--   measure 'a': answers, item = question id, value = level id
--   measure 'r': recommendations, item = touchpoint id, value = recommendation id
--   measure 'g': gaps, item = touchpoint id (value '')
CREATE TABLE statistic_count (
    industry VARCHAR(8) NOT NULL,
    size_class VARCHAR(16) NOT NULL,
    region VARCHAR(16) NOT NULL,
    month_start DATE NOT NULL,
    catalog_id VARCHAR(32) NOT NULL,
    measure CHAR(1) NOT NULL,
    item VARCHAR(64) NOT NULL,
    item_value VARCHAR(64) NOT NULL,
    n BIGINT NOT NULL,
    CONSTRAINT statistic_count_pk
        PRIMARY KEY (industry, size_class, region, month_start, catalog_id, measure, item, item_value)
);

-- The benchmark pool's counts (rows of statistic_assessment with benchmark = TRUE) per catalogue
-- version, by industry and size class, by size class alone (industry '*') and over all (both '*').
-- Measures as in statistic_count: 'n', 'a' and 'r'.
CREATE TABLE statistic_benchmark (
    catalog_id VARCHAR(32) NOT NULL,
    industry VARCHAR(8) NOT NULL,
    size_class VARCHAR(16) NOT NULL,
    measure CHAR(1) NOT NULL,
    item VARCHAR(64) NOT NULL,
    item_value VARCHAR(64) NOT NULL,
    n BIGINT NOT NULL,
    CONSTRAINT statistic_benchmark_pk PRIMARY KEY (catalog_id, industry, size_class, measure, item, item_value)
);

-- One row, locked by every transaction that changes the statistics (SELECT ... FOR UPDATE just
-- before commit), so that their read-modify-write steps apply one after the other on any number of
-- instances. built is FALSE until the application has counted the assessments that existed before
-- this migration (it does so once, at start, before it serves requests).
CREATE TABLE statistic_state (
    id INT NOT NULL,
    built BOOLEAN NOT NULL,
    CONSTRAINT statistic_state_pk PRIMARY KEY (id)
);

INSERT INTO statistic_state (id, built) VALUES (1, FALSE);
