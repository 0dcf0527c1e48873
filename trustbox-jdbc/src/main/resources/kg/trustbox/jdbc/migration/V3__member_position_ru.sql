-- trustbox schema V3: a commission member's position in Russian beside the Kyrgyz one, so that
-- Russian documents name positions in Russian. Empty for rows written before: the Kyrgyz text stands.
ALTER TABLE trustbox_commission_member ADD COLUMN member_position_ru VARCHAR(200);
