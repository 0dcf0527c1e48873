package kg.trustbox.keys;

import java.nio.file.Path;
import java.util.Base64;
import kg.trustbox.contract.KeyProviderContract;
import org.junit.jupiter.api.io.TempDir;

/** The key provider contract on {@link HostKeys} read from a key file, with an older key kept. */
class HostKeysContractTest extends KeyProviderContract {
    @TempDir
    Path dir;
    private int files;

    @Override
    protected KeyProvider newProvider() {
        Path file = dir.resolve("keys-" + (++files));
        HostKeys.createFile(file);
        HostKeys.addKey(file);
        return HostKeys.fromFile(file);
    }

    @Override
    protected KeyProvider impostorOf(KeyProvider keys) {
        byte[] other = new byte[32];
        other[0] = 1;
        return HostKeys.of(keys.currentKeyId() + ":" + Base64.getEncoder().encodeToString(other), "a test");
    }

}
