INSERT INTO trustbox_commission (school_id, order_date, order_number, saved_seq, responsible_person, responsible_order_number,
                                 responsible_order_date, chair, secretary, elected_on)
VALUES (:school, :order.date, :order.number, :saved, :responsiblePerson, :responsibleOrderNumber,
        :responsibleOrderDate, :chair, :secretary, :electedOn)
