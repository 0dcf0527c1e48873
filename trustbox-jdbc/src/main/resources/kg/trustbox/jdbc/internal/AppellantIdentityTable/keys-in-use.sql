-- how many identities each host key wraps
SELECT key_id, COUNT(*) AS identities FROM trustbox_appellant_identity GROUP BY key_id ORDER BY key_id
