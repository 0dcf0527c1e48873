package kg.trustbox.document;

import java.util.List;
import java.util.Objects;
import kg.trustbox.receipt.BoardMark;
import kg.trustbox.receipt.IssuedBatch;
import kg.trustbox.receipt.ReceiptCode;
import kg.trustbox.school.Language;

/**
 * The sheet of appeal forms of one batch, one form per page with the stub the parent tears
 * off and keeps: both carry the receipt code, in characters and as a QR code; the stub also its
 * board mark and where to look the status up. The only document that carries codes: print it and
 * let it go. Immutable; {@link #toString()} shows no code.
 *
 * @param language the forms' language
 * @param school the school and where its box stands
 * @param batch the batch
 * @param forms one per code of the batch, in the batch's order
 * @param lookup where a stub's holder asks for the status: the responsible person, blank
 *     before one is appointed
 */
public record ReceiptFormsView(Language language, SchoolHeader school, IssuedBatch batch, List<Form> forms, Signatory lookup)
        implements DocumentView {
    public ReceiptFormsView {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(batch, "batch");
        forms = List.copyOf(forms);
        Objects.requireNonNull(lookup, "lookup");
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("a sheet of forms has at least one form");
        }
    }

    /**
     * One form and its stub.
     *
     * @param code the receipt code
     * @param mark the mark the outcomes board lists it under
     */
    public record Form(ReceiptCode code, BoardMark mark) {
        public Form {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(mark, "mark");
        }

        /** Shows no code: whoever holds it can look up the appeal's status. */
        @Override
        public String toString() {
            return "Form[hidden]";
        }
    }

    /** The batch and the count of forms: never a code. */
    @Override
    public String toString() {
        return "ReceiptFormsView[batch " + batch.number() + ", " + forms.size() + " form(s), " + language + "]";
    }
}
