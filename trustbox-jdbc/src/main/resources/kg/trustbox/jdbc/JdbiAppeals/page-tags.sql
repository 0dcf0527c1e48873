SELECT g.appeal_id, g.tag FROM trustbox_appeal_tag g
JOIN trustbox_appeal t ON t.school_id = g.school_id AND t.appeal_id = g.appeal_id
WHERE t.school_id = :school AND (t.act_year, t.act_seq, t.line_no) > (:afterYear, :afterSeq, :afterLine)
  AND (t.act_year, t.act_seq, t.line_no) <= (:lastYear, :lastSeq, :lastLine)
ORDER BY g.appeal_id, g.ord
