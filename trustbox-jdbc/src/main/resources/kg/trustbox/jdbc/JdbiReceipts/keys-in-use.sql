-- how many schools' receipt keys each host key wraps
SELECT key_id, COUNT(*) AS receipt_keys FROM trustbox_receipt_key GROUP BY key_id
