-- each school's ledger head (R-6.2), the anchor a roll-up carries to the ministry; none while a ledger is empty
SELECT school_id, seq, head_hash FROM trustbox_chain_head WHERE chain = 'LEDGER' AND seq > 0 AND school_id = ANY(:schools)
