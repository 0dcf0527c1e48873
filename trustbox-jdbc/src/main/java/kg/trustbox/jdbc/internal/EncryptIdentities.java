package kg.trustbox.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.keys.EncryptedIdentity;
import kg.trustbox.keys.KeyProvider;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V10: encrypts every identity V1 to V9 kept in clear text with the host's keys
 * and clears the clear-text columns, which V11 then drops. Runs inside Flyway's transaction: all
 * rows or none. Does nothing on a database with no such row. Internal.
 */
public final class EncryptIdentities implements JavaMigration {
    private final KeyProvider keys;

    public EncryptIdentities(KeyProvider keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10");
    }

    @Override
    public String getDescription() {
        return "identities encrypted";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement select = c.createStatement();
             ResultSet rows = select.executeQuery("SELECT school_id, act_year, act_seq, line_no, full_name, return_address, phone, email"
                     + " FROM trustbox_appellant_identity WHERE key_id IS NULL");
             PreparedStatement update = c.prepareStatement("UPDATE trustbox_appellant_identity SET key_id = ?, wrapped_key = ?,"
                     + " ciphertext = ?, full_name = NULL, return_address = NULL, phone = NULL, email = NULL"
                     + " WHERE school_id = ? AND act_year = ? AND act_seq = ? AND line_no = ?")) {
            int pending = 0;
            while (rows.next()) {
                String school = rows.getString(1);
                int year = rows.getInt(2);
                int seq = rows.getInt(3);
                int line = rows.getInt(4);
                Appellant.Signed who = new Appellant.Signed(rows.getString(5), new Appellant.Contacts(Optional.ofNullable(rows.getString(6)),
                        Optional.ofNullable(rows.getString(7)), Optional.ofNullable(rows.getString(8))));
                EncryptedIdentity e = EncryptedIdentity.encrypt(who, AppellantIdentityTable.context(
                        kg.trustbox.school.SchoolId.of(school), year, seq, line), keys);
                update.setString(1, e.key().keyId());
                update.setBytes(2, e.key().bytes());
                update.setBytes(3, e.ciphertext());
                update.setString(4, school);
                update.setInt(5, year);
                update.setInt(6, seq);
                update.setInt(7, line);
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
