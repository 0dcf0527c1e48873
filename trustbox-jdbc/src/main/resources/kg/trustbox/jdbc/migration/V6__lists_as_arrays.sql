-- trustbox schema V6: the lists that V1 stored as comma-separated text become arrays, in the same
-- columns: who was present at an opening, an act or a meeting and who signed the minutes (person ids, in
-- their order), and the incidents an inspection found (enum names, sorted). An array keeps each value
-- whole, whatever it contains, and the library binds and reads it as a list (Jdbi's SQL array types).
--
-- Plain SQL that runs unchanged on PostgreSQL (12 and later) and H2 2.x, like V1: the existing rows
-- are split with a recursive query into a staging table, one row per listed value, and aggregated back
-- in their order; an empty text becomes an empty array, a NULL stays NULL. Each column is then
-- replaced by its array under the same name, with the same NOT NULL and the box's state check.

CREATE TABLE trustbox_v6_listed (
    list_table  VARCHAR(30) NOT NULL,
    list_column VARCHAR(30) NOT NULL,
    school_id   VARCHAR(64) NOT NULL,
    k1          BIGINT      NOT NULL,
    k2          BIGINT      NOT NULL,
    ord         INT         NOT NULL,
    item        VARCHAR(64) NOT NULL
);

INSERT INTO trustbox_v6_listed (list_table, list_column, school_id, k1, k2, ord, item)
WITH RECURSIVE parts (list_table, list_column, school_id, k1, k2, ord, item, rest) AS (
    SELECT list_table, list_column, school_id, k1, k2, 0, CAST(NULL AS VARCHAR(4000)), CAST(listed || ',' AS VARCHAR(4000))
    FROM (
        SELECT 'trustbox_box' AS list_table, 'present' AS list_column, school_id, 0 AS k1, 0 AS k2, present AS listed
        FROM trustbox_box WHERE present IS NOT NULL AND present <> ''
        UNION ALL
        SELECT 'trustbox_box' AS list_table, 'incidents' AS list_column, school_id, 0 AS k1, 0 AS k2, incidents AS listed
        FROM trustbox_box WHERE incidents IS NOT NULL AND incidents <> ''
        UNION ALL
        SELECT 'trustbox_act' AS list_table, 'present' AS list_column, school_id, act_year AS k1, act_seq AS k2, present AS listed
        FROM trustbox_act WHERE present IS NOT NULL AND present <> ''
        UNION ALL
        SELECT 'trustbox_act' AS list_table, 'incidents' AS list_column, school_id, act_year AS k1, act_seq AS k2, incidents AS listed
        FROM trustbox_act WHERE incidents IS NOT NULL AND incidents <> ''
        UNION ALL
        SELECT 'trustbox_journal_entry' AS list_table, 'present' AS list_column, school_id, seq AS k1, 0 AS k2, present AS listed
        FROM trustbox_journal_entry WHERE present IS NOT NULL AND present <> ''
        UNION ALL
        SELECT 'trustbox_journal_entry' AS list_table, 'incidents' AS list_column, school_id, seq AS k1, 0 AS k2, incidents AS listed
        FROM trustbox_journal_entry WHERE incidents IS NOT NULL AND incidents <> ''
        UNION ALL
        SELECT 'trustbox_protocol' AS list_table, 'present' AS list_column, school_id, protocol_no AS k1, 0 AS k2, present AS listed
        FROM trustbox_protocol WHERE present IS NOT NULL AND present <> ''
        UNION ALL
        SELECT 'trustbox_protocol' AS list_table, 'signatories' AS list_column, school_id, protocol_no AS k1, 0 AS k2, signatories AS listed
        FROM trustbox_protocol WHERE signatories IS NOT NULL AND signatories <> ''
    ) lists
    UNION ALL
    SELECT list_table, list_column, school_id, k1, k2, ord + 1,
           CAST(SUBSTRING(rest FROM 1 FOR POSITION(',' IN rest) - 1) AS VARCHAR(4000)),
           CAST(SUBSTRING(rest FROM POSITION(',' IN rest) + 1) AS VARCHAR(4000))
    FROM parts WHERE rest <> ''
)
SELECT list_table, list_column, school_id, k1, k2, ord, item FROM parts WHERE ord > 0;

-- the box's state check names two of the columns: it is dropped here and added again at the end
ALTER TABLE trustbox_box DROP CONSTRAINT trustbox_box_state_ck;

ALTER TABLE trustbox_box ADD COLUMN present_v6 VARCHAR(64) ARRAY;
UPDATE trustbox_box SET present_v6 = COALESCE(
    (SELECT ARRAY_AGG(v.item ORDER BY v.ord) FROM trustbox_v6_listed v
     WHERE v.list_table = 'trustbox_box' AND v.list_column = 'present' AND v.school_id = trustbox_box.school_id AND v.k1 = 0 AND v.k2 = 0),
    CAST(ARRAY[] AS VARCHAR(64) ARRAY))
WHERE present IS NOT NULL;
ALTER TABLE trustbox_box DROP COLUMN present;
ALTER TABLE trustbox_box RENAME COLUMN present_v6 TO present;
ALTER TABLE trustbox_box ADD COLUMN incidents_v6 VARCHAR(20) ARRAY;
UPDATE trustbox_box SET incidents_v6 = COALESCE(
    (SELECT ARRAY_AGG(v.item ORDER BY v.ord) FROM trustbox_v6_listed v
     WHERE v.list_table = 'trustbox_box' AND v.list_column = 'incidents' AND v.school_id = trustbox_box.school_id AND v.k1 = 0 AND v.k2 = 0),
    CAST(ARRAY[] AS VARCHAR(20) ARRAY))
WHERE incidents IS NOT NULL;
ALTER TABLE trustbox_box DROP COLUMN incidents;
ALTER TABLE trustbox_box RENAME COLUMN incidents_v6 TO incidents;
ALTER TABLE trustbox_act ADD COLUMN present_v6 VARCHAR(64) ARRAY;
UPDATE trustbox_act SET present_v6 = COALESCE(
    (SELECT ARRAY_AGG(v.item ORDER BY v.ord) FROM trustbox_v6_listed v
     WHERE v.list_table = 'trustbox_act' AND v.list_column = 'present' AND v.school_id = trustbox_act.school_id AND v.k1 = trustbox_act.act_year AND v.k2 = trustbox_act.act_seq),
    CAST(ARRAY[] AS VARCHAR(64) ARRAY))
WHERE present IS NOT NULL;
ALTER TABLE trustbox_act DROP COLUMN present;
ALTER TABLE trustbox_act RENAME COLUMN present_v6 TO present;
ALTER TABLE trustbox_act ALTER COLUMN present SET NOT NULL;
ALTER TABLE trustbox_act ADD COLUMN incidents_v6 VARCHAR(20) ARRAY;
UPDATE trustbox_act SET incidents_v6 = COALESCE(
    (SELECT ARRAY_AGG(v.item ORDER BY v.ord) FROM trustbox_v6_listed v
     WHERE v.list_table = 'trustbox_act' AND v.list_column = 'incidents' AND v.school_id = trustbox_act.school_id AND v.k1 = trustbox_act.act_year AND v.k2 = trustbox_act.act_seq),
    CAST(ARRAY[] AS VARCHAR(20) ARRAY))
WHERE incidents IS NOT NULL;
ALTER TABLE trustbox_act DROP COLUMN incidents;
ALTER TABLE trustbox_act RENAME COLUMN incidents_v6 TO incidents;
ALTER TABLE trustbox_act ALTER COLUMN incidents SET NOT NULL;
ALTER TABLE trustbox_journal_entry ADD COLUMN present_v6 VARCHAR(64) ARRAY;
UPDATE trustbox_journal_entry SET present_v6 = COALESCE(
    (SELECT ARRAY_AGG(v.item ORDER BY v.ord) FROM trustbox_v6_listed v
     WHERE v.list_table = 'trustbox_journal_entry' AND v.list_column = 'present' AND v.school_id = trustbox_journal_entry.school_id AND v.k1 = trustbox_journal_entry.seq AND v.k2 = 0),
    CAST(ARRAY[] AS VARCHAR(64) ARRAY))
WHERE present IS NOT NULL;
ALTER TABLE trustbox_journal_entry DROP COLUMN present;
ALTER TABLE trustbox_journal_entry RENAME COLUMN present_v6 TO present;
ALTER TABLE trustbox_journal_entry ALTER COLUMN present SET NOT NULL;
ALTER TABLE trustbox_journal_entry ADD COLUMN incidents_v6 VARCHAR(20) ARRAY;
UPDATE trustbox_journal_entry SET incidents_v6 = COALESCE(
    (SELECT ARRAY_AGG(v.item ORDER BY v.ord) FROM trustbox_v6_listed v
     WHERE v.list_table = 'trustbox_journal_entry' AND v.list_column = 'incidents' AND v.school_id = trustbox_journal_entry.school_id AND v.k1 = trustbox_journal_entry.seq AND v.k2 = 0),
    CAST(ARRAY[] AS VARCHAR(20) ARRAY))
WHERE incidents IS NOT NULL;
ALTER TABLE trustbox_journal_entry DROP COLUMN incidents;
ALTER TABLE trustbox_journal_entry RENAME COLUMN incidents_v6 TO incidents;
ALTER TABLE trustbox_journal_entry ALTER COLUMN incidents SET NOT NULL;
ALTER TABLE trustbox_protocol ADD COLUMN present_v6 VARCHAR(64) ARRAY;
UPDATE trustbox_protocol SET present_v6 = COALESCE(
    (SELECT ARRAY_AGG(v.item ORDER BY v.ord) FROM trustbox_v6_listed v
     WHERE v.list_table = 'trustbox_protocol' AND v.list_column = 'present' AND v.school_id = trustbox_protocol.school_id AND v.k1 = trustbox_protocol.protocol_no AND v.k2 = 0),
    CAST(ARRAY[] AS VARCHAR(64) ARRAY))
WHERE present IS NOT NULL;
ALTER TABLE trustbox_protocol DROP COLUMN present;
ALTER TABLE trustbox_protocol RENAME COLUMN present_v6 TO present;
ALTER TABLE trustbox_protocol ALTER COLUMN present SET NOT NULL;
ALTER TABLE trustbox_protocol ADD COLUMN signatories_v6 VARCHAR(64) ARRAY;
UPDATE trustbox_protocol SET signatories_v6 = COALESCE(
    (SELECT ARRAY_AGG(v.item ORDER BY v.ord) FROM trustbox_v6_listed v
     WHERE v.list_table = 'trustbox_protocol' AND v.list_column = 'signatories' AND v.school_id = trustbox_protocol.school_id AND v.k1 = trustbox_protocol.protocol_no AND v.k2 = 0),
    CAST(ARRAY[] AS VARCHAR(64) ARRAY))
WHERE signatories IS NOT NULL;
ALTER TABLE trustbox_protocol DROP COLUMN signatories;
ALTER TABLE trustbox_protocol RENAME COLUMN signatories_v6 TO signatories;
ALTER TABLE trustbox_protocol ALTER COLUMN signatories SET NOT NULL;

ALTER TABLE trustbox_box ADD CONSTRAINT trustbox_box_state_ck CHECK (
    (state = 'SEALED' AND seal_number IS NOT NULL AND sealed_at_ns IS NOT NULL AND opened_at_ns IS NULL)
    OR (state = 'OPENED' AND seal_number IS NULL AND sealed_at_ns IS NULL AND opened_at_ns IS NOT NULL
        AND present IS NOT NULL AND seal_found IS NOT NULL AND box_damaged IS NOT NULL AND seal_intact IS NOT NULL
        AND seal_number_read IS NOT NULL AND incidents IS NOT NULL AND appeal_count IS NOT NULL));

DROP TABLE trustbox_v6_listed;
