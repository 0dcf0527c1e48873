package kg.trustbox.commission;

/**
 * The member appointed by order to collect and consider appeals and prepare the quarterly report.
 *
 * @param person the member
 * @param order the order that appointed them
 */
public record ResponsiblePerson(PersonId person, Order order) {
}
