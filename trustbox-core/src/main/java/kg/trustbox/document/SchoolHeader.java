package kg.trustbox.document;

import java.util.Objects;
import java.util.Optional;
import kg.trustbox.chain.Chain;

/**
 * The school as a document's header shows it.
 *
 * @param name the school's full name in the document's language
 * @param boxLocation where the box stands
 * @param ledger the head of the school's ledger when the document was drawn up: printed on
 *     acts, journal extracts and quarterly reports, an anchor an inspector keeps outside the database
 */
public record SchoolHeader(String name, String boxLocation, Optional<Chain.Head> ledger) {
    public SchoolHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(boxLocation, "boxLocation");
        Objects.requireNonNull(ledger, "ledger");
    }

    /** A header without a ledger anchor. */
    public SchoolHeader(String name, String boxLocation) {
        this(name, boxLocation, Optional.empty());
    }

    /** The anchor as printed: the ledger entry's number and the first 16 hex digits of its hash. */
    public Optional<String[]> anchorText() {
        return ledger.map(h -> new String[] {Long.toString(h.sequence()), h.hash().substring(0, Math.min(16, h.hash().length()))});
    }
}
