package th.go.moc.ops.sor301hub.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The accounts and the units each UNIT account sees. Usernames are kept in lower case. */
@Repository
public class AccountStore {

    private final JdbcClient jdbc;

    public AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    public Optional<Account> byUsername(String username) {
        return jdbc.sql("select * from account where username = ?").param(normalise(username))
                .query(this::account).optional();
    }

    public Optional<Account> byId(long id) {
        return jdbc.sql("select * from account where id = ?").param(id).query(this::account).optional();
    }

    public List<Account> all() {
        return jdbc.sql("select * from account order by username").query(this::account).list();
    }

    @Transactional
    public Account create(String username, String displayName, Role role, Collection<String> units, String passwordHash,
                          boolean mustChangePassword, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into account (username, display_name, role, password_hash, must_change_password, enabled, created_at)
                values (?, ?, ?, ?, ?, true, ?)""")
                .params(normalise(username), displayName.strip(), role.name(), passwordHash, mustChangePassword,
                        now.atOffset(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKey().longValue();
        setUnits(id, units);
        return byId(id).orElseThrow();
    }

    @Transactional
    public void update(long id, String displayName, Role role, Collection<String> units, boolean enabled) {
        jdbc.sql("update account set display_name = ?, role = ?, enabled = ? where id = ?")
                .params(displayName.strip(), role.name(), enabled, id).update();
        setUnits(id, units);
    }

    public void setPassword(long id, String passwordHash, boolean mustChangePassword) {
        jdbc.sql("update account set password_hash = ?, must_change_password = ? where id = ?")
                .params(passwordHash, mustChangePassword, id).update();
    }

    private void setUnits(long id, Collection<String> units) {
        jdbc.sql("delete from account_unit where account_id = ?").param(id).update();
        for (String unit : units) {
            jdbc.sql("insert into account_unit (account_id, unit_id) values (?, ?)").params(id, unit).update();
        }
    }

    private Account account(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<String> units = new ArrayList<>(jdbc.sql("select unit_id from account_unit where account_id = ? order by unit_id")
                .param(id).query(String.class).list());
        return new Account(id, rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                List.copyOf(units), rs.getString("password_hash"), rs.getBoolean("must_change_password"),
                rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
