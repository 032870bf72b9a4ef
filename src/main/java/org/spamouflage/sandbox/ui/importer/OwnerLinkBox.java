package org.spamouflage.sandbox.ui.importer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.spamouflage.sandbox.app.OwnerTokens;
import org.spamouflage.sandbox.ui.base.Sections;

/**
 * The "keep this link to come back" address, shown once, after a browser's first import: opening it
 * in any browser lets that browser see, download and delete this browser's imports. It is the only
 * way back to them if the cookie is lost, and anyone who has it can do the same, so it is shown as a
 * secret: once, with a warning, and never sent anywhere else.
 */
public class OwnerLinkBox extends Div {
    private final TextField address = new TextField("Keep this link to come back to your imports");

    public OwnerLinkBox() {
        setId("owner-link-box");
        address.setId("owner-link");
        address.setReadOnly(true);
        address.setWidthFull();
        address.getElement().setAttribute("aria-describedby", "owner-link-note");
        Paragraph note = Sections.note("This browser keeps your imports for you (a cookie). Open this address in "
                + "another browser, or after clearing cookies, to see them again. Anyone with the address can open, "
                + "download and delete them, so keep it private. It is shown only now.");
        note.setId("owner-link-note");
        Button close = new Button("I have kept it", e -> setVisible(false));
        close.setId("owner-link-close");
        close.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div card = Sections.card();
        card.getStyle().set("border-color", "var(--lumo-primary-color-50pct)");
        card.add(address, note, close);
        add(card);
        setVisible(false);
    }

    /** Shows the address of {@code token} under {@code base} ("https://host:port"). */
    public void show(String base, String token) {
        address.setValue(base + "/import?" + OwnerTokens.PARAMETER + "=" + token);
        setVisible(true);
    }

    public String address() {
        return address.getValue();
    }
}
