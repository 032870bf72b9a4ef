package org.spamouflage.sandbox.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Imported datasets kept in the database: their description, settings, owner (a token's hash) and
 * the (compressed) upload. Who may see which import is decided by the caller
 * ({@code ImportLibrary}); this class only finds by id or by owner.
 */
@Repository
public class ImportRepository {
    private static final String COLUMNS = "id, name, file_name, preset, settings_json, accepted_rows, rejected_rows, "
            + "accounts, posts, labelled, truncated, upload_bytes, stored_bytes, gzip_added, engine_version, created_at, "
            + "owner_hash, detector_settings_json";
    private static final String NEWEST_FIRST = " order by created_at desc, id desc";
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
                    + "gzip_added, engine_version, data, created_at, owner_hash, detector_settings_json) "
                    + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", new String[] {"ID"});
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
            ps.setString(17, d.ownerHash());
            ps.setString(18, d.detectorSettingsJson());
            return ps;
        }, keys);
        return new ImportedDataset(keys.getKey().longValue(), d.name(), d.fileName(), d.preset(), d.settingsJson(), d.accepted(),
                d.rejected(), d.accounts(), d.posts(), d.labelled(), d.truncated(), d.uploadBytes(), data.length,
                d.gzipAdded(), d.engineVersion(), d.createdAt(), d.ownerHash(), d.detectorSettingsJson());
    }

    /** All imports, newest first (without their data). */
    public List<ImportedDataset> findAll() {
        return jdbc.query("select " + COLUMNS + " from imported_dataset" + NEWEST_FIRST, ImportRepository::map);
    }

    /** The imports kept under any of these owner hashes, newest first. */
    public List<ImportedDataset> findByOwners(Collection<String> ownerHashes) {
        if (ownerHashes.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ownerHashes.size(), "?"));
        return jdbc.query("select " + COLUMNS + " from imported_dataset where owner_hash in (" + marks + ")" + NEWEST_FIRST,
                ImportRepository::map, ownerHashes.toArray());
    }

    /** How many imports are kept under this owner hash. */
    public int countByOwner(String ownerHash) {
        Integer n = jdbc.queryForObject("select count(*) from imported_dataset where owner_hash = ?", Integer.class,
                ownerHash);
        return n == null ? 0 : n;
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

    /** Keeps the detector settings chosen for an import (null: the defaults); false when there is no such import. */
    public boolean saveDetectorSettings(long id, String json) {
        return jdbc.update("update imported_dataset set detector_settings_json = ? where id = ?", json, id) > 0;
    }

    public boolean delete(long id) {
        return jdbc.update("delete from imported_dataset where id = ?", id) > 0;
    }

    private static ImportedDataset map(ResultSet rs, int row) throws SQLException {
        return new ImportedDataset(rs.getLong("id"), rs.getString("name"), rs.getString("file_name"),
                rs.getString("preset"), rs.getString("settings_json"), rs.getInt("accepted_rows"),
                rs.getInt("rejected_rows"), rs.getInt("accounts"), rs.getInt("posts"), rs.getBoolean("labelled"),
                rs.getBoolean("truncated"), rs.getLong("upload_bytes"), rs.getLong("stored_bytes"),
                rs.getBoolean("gzip_added"), rs.getString("engine_version"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("owner_hash"), rs.getString("detector_settings_json"));
    }
}
