-- trustbox schema V2: an appeal names the act line it was withdrawn on (R-4.3, Appendix 2).
-- The core saves the act before it adds the act's appeals, so the reference holds at every write.
ALTER TABLE trustbox_appeal ADD CONSTRAINT trustbox_appeal_act_line_fk
    FOREIGN KEY (school_id, act_year, act_seq, line_no)
    REFERENCES trustbox_act_line (school_id, act_year, act_seq, line_no);
