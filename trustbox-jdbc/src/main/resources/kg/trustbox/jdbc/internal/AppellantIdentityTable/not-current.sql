-- identities whose data key is wrapped by another host key than the current one, a batch at a time
SELECT school_id, act_year, act_seq, line_no, key_id, wrapped_key, ciphertext FROM trustbox_appellant_identity
WHERE key_id <> :current
ORDER BY school_id, act_year, act_seq, line_no
FETCH FIRST 500 ROWS ONLY
