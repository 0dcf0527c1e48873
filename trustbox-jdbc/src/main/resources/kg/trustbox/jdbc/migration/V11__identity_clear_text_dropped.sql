-- Every identity is encrypted (V10): the clear-text columns go. On PostgreSQL, VACUUM FULL
-- trustbox_appellant_identity afterwards so that no old row version keeps a name on disk; on H2,
-- SHUTDOWN COMPACT. Old backups keep what they held: see the README on keys and backups.
ALTER TABLE trustbox_appellant_identity DROP COLUMN full_name;
ALTER TABLE trustbox_appellant_identity DROP COLUMN return_address;
ALTER TABLE trustbox_appellant_identity DROP COLUMN phone;
ALTER TABLE trustbox_appellant_identity DROP COLUMN email;
ALTER TABLE trustbox_appellant_identity ALTER COLUMN key_id SET NOT NULL;
ALTER TABLE trustbox_appellant_identity ALTER COLUMN wrapped_key SET NOT NULL;
ALTER TABLE trustbox_appellant_identity ALTER COLUMN ciphertext SET NOT NULL;
