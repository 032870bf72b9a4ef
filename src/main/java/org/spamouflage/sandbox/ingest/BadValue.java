package org.spamouflage.sandbox.ingest;

/** A cell that cannot be read; the message is the reason shown to the user. Cheap: no stack trace. */
final class BadValue extends Exception {
    BadValue(String reason) {
        super(reason, null, false, false);
    }
}
