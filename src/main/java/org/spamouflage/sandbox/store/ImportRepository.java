package org.spamouflage.sandbox.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Imported datasets kept in the database: their description, settings and the (compressed) upload. */
@Repository
public class ImportRepository {
    private static final String COLUMNS = "id, name, file_name, preset, settings_json, accepted_rows, rejected_rows, "
            + "accounts, posts, labelled, truncated, upload_bytes, stored_bytes, gzip_added, engine_version, created_at";
    private final JdbcTemplate jdbc;

    public ImportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves an import with its stored bytes and returns it with its id. */
    public ImportedDataset save(ImportedDataset d, byte[] data) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into imported_dataset (name, file_name, preset, settings_json, "
                    + "accepted_rows, rejected_rows, accounts, posts, labelled, truncated, upload_bytes, stored_bytes, "
                    + "gzip_added, engine_version, data, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    new String[] {"ID"});
            ps.setString(1, d.name());
            ps.setString(2, d.fileName());
            ps.setString(3, d.preset());
            ps.setString(4, d.settingsJson());
            ps.setInt(5, d.accepted());
            ps.setInt(6, d.rejected());
            ps.setInt(7, d.accounts());
            ps.setInt(8, d.posts());
            ps.setBoolean(9, d.labelled());
            ps.setBoolean(10, d.truncated());
            ps.setLong(11, d.uploadBytes());
            ps.setLong(12, data.length);
            ps.setBoolean(13, d.gzipAdded());
            ps.setString(14, d.engineVersion());
            ps.setBytes(15, data);
            ps.setTimestamp(16, Timestamp.from(d.createdAt()));
            return ps;
        }, keys);
        return new ImportedDataset(keys.getKey().longValue(), d.name(), d.fileName(), d.preset(), d.settingsJson(), d.accepted(),
                d.rejected(), d.accounts(), d.posts(), d.labelled(), d.truncated(), d.uploadBytes(), data.length,
                d.gzipAdded(), d.engineVersion(), d.createdAt());
    }

    /** All imports, newest first (without their data). */
    public List<ImportedDataset> findAll() {
        return jdbc.query("select " + COLUMNS + " from imported_dataset order by created_at desc, id desc",
                ImportRepository::map);
    }

    public Optional<ImportedDataset> findById(long id) {
        return jdbc.query("select " + COLUMNS + " from imported_dataset where id = ?", ImportRepository::map, id)
                .stream().findFirst();
    }

    /** The stored bytes of an import. */
    public Optional<byte[]> data(long id) {
        return jdbc.query("select data from imported_dataset where id = ?", (rs, row) -> rs.getBytes(1), id)
                .stream().findFirst();
    }

    public boolean delete(long id) {
        return jdbc.update("delete from imported_dataset where id = ?", id) > 0;
    }

    private static ImportedDataset map(ResultSet rs, int row) throws SQLException {
        return new ImportedDataset(rs.getLong("id"), rs.getString("name"), rs.getString("file_name"),
                rs.getString("preset"), rs.getString("settings_json"), rs.getInt("accepted_rows"),
                rs.getInt("rejected_rows"), rs.getInt("accounts"), rs.getInt("posts"), rs.getBoolean("labelled"),
                rs.getBoolean("truncated"), rs.getLong("upload_bytes"), rs.getLong("stored_bytes"),
                rs.getBoolean("gzip_added"), rs.getString("engine_version"), rs.getTimestamp("created_at").toInstant());
    }
}
