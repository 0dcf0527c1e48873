package kg.trustbox.benchmarks;

import java.util.Base64;
import kg.trustbox.keys.HostKeys;

/**
 * The host key of the benchmarks' databases: fixed, so that a generated data set kept between
 * runs stays readable. A benchmark key protects nothing; never use a fixed key for real data.
 */
public final class BenchKeys {
    /** One key, {@code bench}, of 32 bytes 0..31. */
    public static final HostKeys KEYS;

    static {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        KEYS = HostKeys.of("bench:" + Base64.getEncoder().encodeToString(key), "the benchmarks' fixed key");
    }

    private BenchKeys() {
    }
}
