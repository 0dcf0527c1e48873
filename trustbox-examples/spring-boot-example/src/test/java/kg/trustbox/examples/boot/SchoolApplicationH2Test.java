package kg.trustbox.examples.boot;

import java.util.UUID;

/** {@link SchoolApplicationContract} on an in-memory H2 database, as the example runs by default. */
class SchoolApplicationH2Test extends SchoolApplicationContract {
    private final String url = "jdbc:h2:mem:school-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    String url() {
        return url;
    }
}
