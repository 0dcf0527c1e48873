package kg.trustbox.appellant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.input.PlainText;

/**
 * Who wrote an appeal: {@link Signed}, with a name and at least one way to answer, or
 * {@link Anonymous}, with no identity at all. There is no way to attach a name to an
 * anonymous appeal later: the type has no field for it.
 */
public sealed interface Appellant permits Appellant.Signed, Appellant.Anonymous {

    /** The anonymous appellant. */
    static Appellant anonymous() {
        return Anonymous.INSTANCE;
    }

    /**
     * How a signed appellant reads back once the personal data was purged: a placeholder
     * name and no contacts, so the appeal cannot be answered. It is no valid input.
     */
    static Signed purged() {
        return Signed.PURGED;
    }

    /** Whether this appellant can be answered by letter, phone or e-mail. */
    boolean isAnswerable();

    /**
     * A signed appellant, as written on the appeal. Personal data: never logged, shown only to
     * officials the access policy allows and in documents that need it.
     *
     * @param fullName the name as written
     * @param contacts the ways to answer; at least one
     */
    record Signed(
            @NotBlank @Size(max = 200) @PlainText @Pattern(regexp = "(?s).*\\p{L}.*", message = "{kg.trustbox.name}") String fullName,
            @NotNull @Valid Contacts contacts) implements Appellant {
        static final Signed PURGED = new Signed("[purged]", Contacts.none());

        public Signed {
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(contacts, "contacts");
        }

        @Override
        public boolean isAnswerable() {
            return contacts.hasAny();
        }

        /** Hides the personal data: a record's default {@code toString} would print it. */
        @Override
        public String toString() {
            return "Signed[personal data hidden]";
        }
    }

    /** An anonymous appellant: no name, no contact, nothing to log. */
    record Anonymous() implements Appellant {
        static final Anonymous INSTANCE = new Anonymous();

        @Override
        public boolean isAnswerable() {
            return false;
        }
    }

    /**
     * How a signed appellant can be answered; at least one is given.
     *
     * @param returnAddress a postal address
     * @param phone a phone number
     * @param email an e-mail address
     */
    record Contacts(
            Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 300) @PlainText String> returnAddress,
            Optional<@Pattern(regexp = "(?=(?:[^0-9]*[0-9]){5})\\+?[0-9 ()-]{5,25}", message = "{kg.trustbox.phone}") String> phone,
            Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 254) @Email @PlainText String> email) {
        public Contacts {
            Objects.requireNonNull(returnAddress, "returnAddress");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(email, "email");
        }

        /** Only a postal address. */
        public static Contacts address(String returnAddress) {
            return new Contacts(Optional.of(returnAddress), Optional.empty(), Optional.empty());
        }

        /** Only a phone number. */
        public static Contacts phone(String phone) {
            return new Contacts(Optional.empty(), Optional.of(phone), Optional.empty());
        }

        /** Only an e-mail address. */
        public static Contacts email(String email) {
            return new Contacts(Optional.empty(), Optional.empty(), Optional.of(email));
        }

        /** No contact at all: refused by validation, since a signed appeal needs a way to answer. */
        public static Contacts none() {
            return new Contacts(Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** Whether any way to answer is given. */
        @AssertTrue(message = "{kg.trustbox.contacts}")
        public boolean hasAny() {
            return returnAddress.isPresent() || phone.isPresent() || email.isPresent();
        }

        /** Hides the personal data. */
        @Override
        public String toString() {
            return "Contacts[personal data hidden]";
        }
    }
}
