package org.spamouflage.sandbox.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says what went wrong with a file in words: Java's file exceptions often carry only a path. */
final class IoMessages {
    private IoMessages() {
    }

    static String describe(IOException e) {
        String what;
        if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof NotDirectoryException) {
            what = "not a folder";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "a file of that name is in the way";
        } else if (e instanceof FileSystemException fse) {
            what = fse.getReason() == null ? "file system error" : fse.getReason();
        } else {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String file = ((FileSystemException) e).getFile();
        return what + (file == null ? "" : " (" + file + ")");
    }
}
