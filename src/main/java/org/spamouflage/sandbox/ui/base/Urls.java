package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** Absolute links to the app, for lesson links that are pasted elsewhere. */
public final class Urls {
    private Urls() {
    }

    /** {@code scheme://host[:port]/context} of the current request, without a trailing slash; empty outside a request. */
    public static String base() {
        VaadinRequest r = VaadinRequest.getCurrent();
        if (!(r instanceof VaadinServletRequest vsr)) {
            return "";
        }
        HttpServletRequest h = vsr.getHttpServletRequest();
        int port = h.getServerPort();
        boolean defaultPort = ("http".equals(h.getScheme()) && port == 80) || ("https".equals(h.getScheme()) && port == 443);
        return h.getScheme() + "://" + h.getServerName() + (defaultPort || port <= 0 ? "" : ":" + port) + h.getContextPath();
    }
}
