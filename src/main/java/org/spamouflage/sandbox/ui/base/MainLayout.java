package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

/**
 * The frame of every page: the product name, a permanent "synthetic data" note, and a drawer
 * with the five pages. The chart gallery ({@code /chart-demo}) is left out of the menu.
 */
public class MainLayout extends AppLayout {

    /** Shown on every page: nothing here may pass as real. */
    public static final String SYNTHETIC_NOTE = "Synthetic data: every person, politician and party here is invented.";

    public MainLayout() {
        H1 title = new H1("Spamouflage Sandbox");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span synthetic = Badges.of("synthetic data", Badges.Tone.CONTRAST);
        synthetic.setId("synthetic-badge");
        synthetic.setTitle(SYNTHETIC_NOTE);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, synthetic);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Playground", "", VaadinIcon.SLIDERS.create()),
                new SideNavItem("Explore", "explore", VaadinIcon.SEARCH.create()),
                new SideNavItem("Scenarios", "scenarios", VaadinIcon.FILE_TEXT_O.create()),
                new SideNavItem("Runs", "runs", VaadinIcon.ARCHIVE.create()),
                new SideNavItem("Import", "import", VaadinIcon.UPLOAD.create()));
        nav.getStyle().set("margin", "var(--lumo-space-s)");
        Paragraph note = new Paragraph(SYNTHETIC_NOTE + " Scores are rankings, not probabilities.");
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin", "var(--lumo-space-m)");
        addToDrawer(nav, note);
    }
}
