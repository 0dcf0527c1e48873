INSERT INTO trustbox_commission_member (school_id, order_date, order_number, ord, person_id, full_name, member_position,
                                        member_position_ru, parent_representative)
VALUES (:school, :order.date, :order.number, :ord, :id, :fullName, :position, :positionRu, :parentRepresentative)
