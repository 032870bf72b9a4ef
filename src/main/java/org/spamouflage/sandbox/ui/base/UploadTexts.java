package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import org.spamouflage.sandbox.i18n.Texts;

/** The upload component's own words (button, drop hint, errors, progress) in the page's language. */
public final class UploadTexts {
    private UploadTexts() {
    }

    /** Sets {@code upload}'s texts to the current page's language. */
    public static void apply(Upload upload) {
        upload.setI18n(of(Languages.texts()));
    }

    static UploadI18N of(Texts t) {
        UploadI18N i = new UploadI18N();
        i.setDropFiles(new UploadI18N.DropFiles().setOne(t.get("upload.drop.one")).setMany(t.get("upload.drop.many")));
        i.setAddFiles(new UploadI18N.AddFiles().setOne(t.get("upload.add.one")).setMany(t.get("upload.add.many")));
        i.setError(new UploadI18N.Error().setTooManyFiles(t.get("upload.error.tooMany"))
                .setFileIsTooBig(t.get("upload.error.tooBig")).setIncorrectFileType(t.get("upload.error.type")));
        i.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t.get("upload.status.connecting"))
                        .setStalled(t.get("upload.status.stalled")).setProcessing(t.get("upload.status.processing"))
                        .setHeld(t.get("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t.get("upload.remaining"))
                        .setUnknown(t.get("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t.get("upload.error.server"))
                        .setUnexpectedServerError(t.get("upload.error.unexpected")).setForbidden(t.get("upload.error.forbidden"))));
        i.setUnits(new UploadI18N.Units(List.of(t.get("upload.units").split(","))));
        i.setFile(new UploadI18N.File().setRetry(t.get("upload.file.retry")).setStart(t.get("upload.file.start"))
                .setRemove(t.get("upload.file.remove")));
        return i;
    }
}
