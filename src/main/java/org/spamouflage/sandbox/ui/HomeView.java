package org.spamouflage.sandbox.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

@Route("")
@PageTitle("Spamouflage Sandbox")
public class HomeView extends VerticalLayout {
    public HomeView() {
        add(new H1("Spamouflage Sandbox"),
                new Paragraph("A teaching sandbox for coordinated inauthentic behaviour: synthetic bilingual "
                        + "(English/French) comment floods, one detection engine, honest evaluation. "
                        + "All people and data here are synthetic."));
    }
}
