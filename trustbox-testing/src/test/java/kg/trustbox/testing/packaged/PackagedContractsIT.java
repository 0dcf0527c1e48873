package kg.trustbox.testing.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import kg.trustbox.contract.AppealsContract;
import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;
import org.junit.jupiter.api.Test;

/**
 * What an integrator does with trustbox-testing: extend a contract and hand it fresh stores. Runs
 * against the packaged jar, with trustbox-core's test jar off the class path, so that the artifact,
 * not the build, is what is proven.
 */
class PackagedContractsIT extends AppealsContract {
    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }

    @Test
    void theContractComesFromThePackagedJar() {
        String jar = AppealsContract.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertThat(jar).contains("trustbox-testing").endsWith(".jar");
    }
}
