-- The schema starts small; assessments arrive with their own migration.
CREATE TABLE product_info (
    info_key VARCHAR(64) PRIMARY KEY,
    info_value VARCHAR(255) NOT NULL
);
INSERT INTO product_info (info_key, info_value) VALUES ('product', 'quickcheck');
