package org.spamouflage.sandbox.ui.explore;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import org.spamouflage.sandbox.report.ExportFile;
import org.spamouflage.sandbox.explore.ExportFiles;
import org.spamouflage.sandbox.web.ImportFilesController;

/**
 * Download links for the exports of the detection a page shows: account scores, edges, the
 * network for Gephi, clusters, the methods note (and error rates with labels). Each file is
 * written straight into the response when the link is clicked, never held in the session.
 */
public class ExportLinks extends Div {

    /** Writes one export file of the shown detection. */
    @FunctionalInterface
    public interface Writer {
        void write(ExportFile file, OutputStream out) throws IOException;
    }

    public ExportLinks() {
        setId("exports");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("align-items", "baseline").set("font-size", "var(--lumo-font-size-s)");
        setVisible(false);
    }

    /** Id of the link of one file: {@code export-accounts-csv}. */
    public static String linkId(ExportFile file) {
        return "export-" + file.fileName().replace('.', '-');
    }

    /** Offers the files of one detection, saved as {@code <base>-<file>}. */
    public void show(String base, boolean labelled, Writer writer) {
        start();
        for (ExportFile f : ExportFiles.offered(labelled)) {
            String name = ExportFiles.fileName(base, f);
            DownloadHandler handler = event -> {
                event.setFileName(name);
                event.setContentType(f.mediaType());
                try (OutputStream out = event.getOutputStream()) {
                    writer.write(f, out);
                }
            };
            Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, f.fileName());
            a.setId(linkId(f));
            a.getElement().setAttribute("translate", "no"); // a file name
            a.getElement().setAttribute("download", name);
            a.setTitle(name);
            add(a);
        }
        setVisible(true);
    }

    /**
     * Offers the files of a stored import at their own addresses ({@code /import-files/ID/FILE}), which
     * answer only the import's owner or an instructor, and the original upload.
     */
    public void showImport(long id, String base, boolean labelled) {
        start();
        for (ExportFile f : ExportFiles.offered(labelled)) {
            Anchor a = new Anchor(ImportFilesController.address(id, f), f.fileName());
            a.setId(linkId(f));
            a.getElement().setAttribute("download", ExportFiles.fileName(base, f));
            a.setTitle(ExportFiles.fileName(base, f));
            add(a);
        }
        Anchor original = new Anchor(ImportFilesController.originalAddress(id), "the file you uploaded");
        original.setId("export-original");
        original.getElement().setAttribute("download", "");
        add(original);
        setVisible(true);
    }

    private void start() {
        removeAll();
        Span label = new Span(getTranslation("explore.download"));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(label);
    }
}
