package kg.trustbox.jdbc.internal;

import java.sql.Types;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.box.Incident;
import kg.trustbox.box.Seal;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.enums.EnumStrategy;
import org.jdbi.v3.core.enums.Enums;
import org.jdbi.v3.core.generic.GenericType;

/**
 * How the library's values are bound to parameters and read from columns, registered once on
 * every handle the library opens (never on the host's {@code Jdbi}): instants as {@code BIGINT}
 * nanoseconds since the epoch, ids and seals as their text, enums by name. A statement then binds
 * a value by name ({@code :at}, {@code :official}) and a row reads it by type. Internal.
 */
public final class Encodings {
    private static final long NANOS = 1_000_000_000L;

    private Encodings() {
    }

    /** Registers the arguments and column mappers on {@code handle}. */
    static void install(Handle handle) {
        handle.getConfig(Enums.class).setEnumStrategy(EnumStrategy.BY_NAME);
        handle.registerArgument(new AbstractArgumentFactory<Instant>(Types.BIGINT) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                long nanos = nanos(value);
                return (position, statement, ctx) -> statement.setLong(position, nanos);
            }
        });
        handle.registerColumnMapper(Instant.class, (rs, column, ctx) -> {
            long nanos = rs.getLong(column);
            return rs.wasNull() ? null : instant(nanos);
        });
        text(handle, SchoolId.class, SchoolId::value, SchoolId::of);
        text(handle, AppealId.class, AppealId::value, AppealId::new);
        text(handle, PersonId.class, PersonId::value, PersonId::of);
        text(handle, Seal.class, Seal::number, Seal::of);
        // lists are SQL arrays (V6): bound with bindArray(name, element type, values), read as List<element>
        handle.registerArrayType(PersonId.class, "varchar", PersonId::value);
        handle.registerArrayType(AppealId.class, "varchar", AppealId::value);
        handle.registerArrayType(Incident.class, "varchar", Incident::name);
    }

    /** A list of person ids from an array column. */
    /** A list of appeals, as an array column is read. */
    public static final GenericType<List<AppealId>> APPEALS = new GenericType<>() {
    };

    public static final GenericType<List<PersonId>> PERSONS = new GenericType<>() {
    };

    /** A list of incidents from an array column. */
    public static final GenericType<List<Incident>> INCIDENTS = new GenericType<>() {
    };

    /** Incidents as stored: their names in order, so that equal sets are equal arrays. */
    public static List<Incident> sorted(Set<Incident> incidents) {
        return incidents.stream().sorted(Comparator.comparing(Incident::name)).toList();
    }

    /** The incidents of an array column's list. */
    public static Set<Incident> incidents(List<Incident> stored) {
        EnumSet<Incident> set = EnumSet.noneOf(Incident.class);
        set.addAll(stored);
        return set;
    }

    /** A value stored as its text: bound with {@code write}, read with {@code read}; NULL either way stays NULL. */
    private static <T> void text(Handle handle, Class<T> type, Function<T, String> write, Function<String, T> read) {
        handle.registerArgument((ArgumentFactory.Preparable) (Type t, ConfigRegistry config) -> t != type ? Optional.empty()
                : Optional.of(value -> value == null ? (position, statement, ctx) -> statement.setNull(position, Types.VARCHAR)
                : textArgument(write.apply(type.cast(value)))));
        handle.registerColumnMapper(type, (rs, column, ctx) -> {
            String text = rs.getString(column);
            return text == null ? null : read.apply(text);
        });
    }

    private static Argument textArgument(String text) {
        return (position, statement, ctx) -> statement.setString(position, text);
    }

    /** An instant as nanoseconds since the epoch: exact from 1677 to 2262. */
    public static long nanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS), instant.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("trustbox-jdbc stores instants from 1677 to 2262", e);
        }
    }

    /** The instant {@code nanos} nanoseconds after the epoch. */
    public static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }
}
