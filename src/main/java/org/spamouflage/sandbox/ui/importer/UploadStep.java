package org.spamouflage.sandbox.ui.importer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.spamouflage.sandbox.app.ImportLibrary;
import org.spamouflage.sandbox.ingest.ImportException;
import org.spamouflage.sandbox.ingest.ImportPreview;
import org.spamouflage.sandbox.ingest.ImportSettings;
import org.spamouflage.sandbox.ingest.RowError;
import org.spamouflage.sandbox.ui.base.Sections;

/**
 * The uploaded file before it is imported: its name and size, the first rows as the importer reads
 * them, how to read it ({@link MappingForm}) and the name to keep it under. The upload waits in a
 * temporary file (deleted when another file comes or the page closes), not in the session's memory.
 */
class UploadStep extends Div {
    private final Paragraph file = new Paragraph();
    private final Grid<List<String>> preview = new Grid<>();
    private final Div previewNotes = new Div();
    private final MappingForm form = new MappingForm();
    private final TextField name = new TextField("Name of the dataset");
    private Received upload;

    /**
     * An upload read into a temporary file and previewed, or refused.
     *
     * @param fileName the file's name as the browser gave it
     * @param path     where it waits (null when refused)
     * @param bytes    its size
     * @param preview  its first rows (null when refused)
     * @param problem  why it cannot be imported, or null
     */
    record Received(String fileName, Path path, long bytes, ImportPreview preview, ImportException problem) {
    }

    /** What to import: the upload's bytes, its name, the settings and the name to keep it under. */
    record Request(byte[] bytes, String fileName, String name, ImportSettings settings) {
    }

    UploadStep() {
        file.setId("import-file");
        file.getStyle().set("font-weight", "600");
        preview.setId("preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        preview.setHeight("260px");
        previewNotes.setId("preview-notes");
        name.setId("import-name");
        name.setWidth("min(24em, 100%)");
        name.setMaxLength(ImportLibrary.MAX_NAME);
        add(file, Sections.section("panel-preview", "The first rows", previewNotes, preview),
                Sections.section("panel-mapping", "How to read it", form), name);
        setVisible(false);
    }

    /**
     * Reads an upload (at most the library's cap plus one byte) into a temporary file and previews it.
     * Runs on the upload's request thread.
     */
    static Received receive(String fileName, InputStream in, long declaredSize, ImportLibrary imports) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("sandbox-upload-", ".bin");
            long max = imports.caps().maxUploadBytes();
            long n;
            try (InputStream src = in; OutputStream out = Files.newOutputStream(tmp)) {
                n = src.transferTo(new CappedOutput(out, max + 1));
            }
            if (n > max) {
                throw imports.caps().tooLarge(fileName, Math.max(declaredSize, n));
            }
            ImportPreview p;
            try (InputStream head = Files.newInputStream(tmp)) {
                p = imports.preview(head, n, fileName);
            }
            return new Received(fileName, tmp, n, p, null);
        } catch (ImportException e) {
            delete(tmp);
            return new Received(fileName, null, 0, null, e);
        } catch (IOException e) {
            delete(tmp);
            return new Received(fileName, null, 0, null, new ImportException(fileName, "the upload could not be read: "
                    + e.getMessage()));
        }
    }

    void show(Received r) {
        clear();
        upload = r;
        file.setText("File: " + r.fileName() + " (" + String.format(Locale.ROOT, "%,d", r.bytes()) + " bytes)");
        ImportPreview p = r.preview();
        preview.removeAllColumns();
        for (int i = 0; i < p.columns().size(); i++) {
            int col = i;
            preview.addColumn(row -> col < row.size() ? row.get(col) : "").setHeader(p.columns().get(i)).setAutoWidth(true)
                    .setResizable(true).setTooltipGenerator(row -> col < row.size() ? row.get(col) : "");
        }
        preview.setItems(p.rows());
        previewNotes.removeAll();
        previewNotes.add(Sections.note(String.join("; ", p.notes()) + ". Suggested layout: " + p.suggestedPreset().key()
                + "."));
        for (RowError e : p.errors()) {
            Paragraph line = Sections.note(e.message());
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            previewNotes.add(line);
        }
        form.setFile(p);
        name.setValue(ImportLibrary.defaultName(r.fileName()));
        setVisible(true);
    }

    /** Why the import cannot start yet (empty when it can). */
    List<String> problems() {
        return upload == null ? List.of("Upload a file first.") : form.problems();
    }

    /** The bytes of the upload, read back from its temporary file, with what to do with them. */
    Request request() {
        try {
            return new Request(Files.readAllBytes(upload.path()), upload.fileName(), name.getValue(), form.settings());
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file is gone: " + e.getMessage(), e);
        }
    }

    /** Forgets the upload and deletes its temporary file. */
    void clear() {
        if (upload != null) {
            delete(upload.path());
            upload = null;
        }
        setVisible(false);
    }

    private static void delete(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                p.toFile().deleteOnExit();
            }
        }
    }

    /** Writes through, but stops taking bytes past {@code max} (the rest of an oversized upload is drained). */
    private static final class CappedOutput extends OutputStream {
        private final OutputStream out;
        private final long max;
        private long written;

        CappedOutput(OutputStream out, long max) {
            this.out = out;
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            if (written++ < max) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long room = Math.max(0, max - written);
            if (room > 0) {
                out.write(b, off, (int) Math.min(room, len));
            }
            written += len;
        }
    }
}
