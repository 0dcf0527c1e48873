package kg.trustbox.receipt;

import java.util.List;
import java.util.Objects;

/**
 * A batch just issued, with its codes to print on the forms and their stubs: the only place where
 * codes leave the library. The library keeps none of them; print them and let this value
 * go. Immutable; {@link #toString()} shows the batch, never a code.
 *
 * @param batch the batch
 * @param codes its codes, as many as the batch counts, all different
 */
public record IssuedReceipts(IssuedBatch batch, List<ReceiptCode> codes) {
    public IssuedReceipts {
        Objects.requireNonNull(batch, "batch");
        codes = List.copyOf(codes);
        if (codes.size() != batch.count() || codes.stream().distinct().count() != codes.size()) {
            throw new IllegalArgumentException("a batch's codes are as many as it counts, all different");
        }
    }

    /** The batch only. */
    @Override
    public String toString() {
        return "IssuedReceipts[" + batch + "]";
    }
}
