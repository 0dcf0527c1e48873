package kg.trustbox.jdbc;

import kg.trustbox.keys.HostKeys;

/** The host keys of the tests' databases: one generated key per test run, held in memory. */
final class Keys {
    static final HostKeys TEST = HostKeys.generate();

    private Keys() {
    }
}
