-- the ciphertexts of the identities stored for an act's lines, for their commitments in the ledger (R-6.2)
SELECT line_no, ciphertext FROM trustbox_appellant_identity WHERE school_id = :school AND act_year = :act.year AND act_seq = :act.sequence
