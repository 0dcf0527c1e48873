-- A signed appellant's name and contacts are kept encrypted (R-6.1): AES-256-GCM under a data key of
-- their own (ciphertext), which is kept wrapped (wrapped_key) by the host key key_id. V10, a Java
-- migration run by JdbiStores.migrate with the host's keys, encrypts the rows kept in clear text
-- before; V11 then drops the clear-text columns.
ALTER TABLE trustbox_appellant_identity ADD COLUMN key_id VARCHAR(32);
ALTER TABLE trustbox_appellant_identity ADD COLUMN wrapped_key BYTEA;
ALTER TABLE trustbox_appellant_identity ADD COLUMN ciphertext BYTEA;
ALTER TABLE trustbox_appellant_identity ALTER COLUMN full_name DROP NOT NULL;
