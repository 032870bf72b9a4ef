package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.spamouflage.sandbox.i18n.Language;
import org.springframework.stereotype.Component;

/**
 * Gives every new page its language ({@link Languages}): the first HTML already carries {@code
 * <html lang="…">}, and the UI's locale (which {@code getTranslation} reads) is set before any view is
 * built. Also asks the browser for its time zone ({@link ViewerTime}).
 */
@Component
public class LanguageSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Language l = Languages.forRequest(response.getVaadinRequest());
            response.getDocument().getElementsByTag("html").attr("lang", l.code());
        });
        event.getSource().addUIInitListener(e -> {
            Language l = Languages.forRequest(VaadinRequest.getCurrent());
            e.getUI().setLocale(l.locale());
            Languages.markPage(e.getUI(), l);
            ViewerTime.request(e.getUI());
        });
    }
}
