package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every page: the product name, a permanent "synthetic data" note, and a drawer
 * with the pages (the classroom's "Lessons" asks instructors to sign in), and the signed-in
 * instructor's name with a sign-out button. The chart gallery ({@code /chart-demo}) is left out of
 * the menu. Pages that show the user's own imported data (the Import page, Explore on an import)
 * say so instead: there the data is real, and calling it invented would be wrong.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Shown on every page: nothing here may pass as real. */
    public static final String SYNTHETIC_NOTE = "Synthetic data: every person, politician and party here is invented.";
    /** Shown instead on pages with the user's imported data. */
    public static final String IMPORTED_NOTE = "Your imported data: real accounts and posts, not invented. What the "
            + "engine finds is a lead to check, not proof.";
    private static final String RANKINGS = " Scores are rankings, not probabilities.";

    private final Span synthetic;
    private final Paragraph note;

    /** Without Spring (plain view tests): no sign-in state shown. */
    public MainLayout() {
        this(null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public MainLayout(AuthenticationContext auth) {
        H1 title = new H1("Spamouflage Sandbox");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        synthetic = Badges.of("synthetic data", Badges.Tone.CONTRAST);
        synthetic.setId("synthetic-badge");
        synthetic.setTitle(SYNTHETIC_NOTE);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, synthetic);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        if (auth != null && auth.isAuthenticated()) {
            Span who = new Span();
            who.setText(auth.getPrincipalName().orElse(""));
            who.setId("signed-in-as");
            Button out = new Button("Sign out", e -> auth.logout());
            out.setId("sign-out");
            out.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            who.getStyle().set("margin-left", "auto");
            bar.add(who, out);
            bar.setWidthFull();
        }
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Playground", "", VaadinIcon.SLIDERS.create()),
                new SideNavItem("Explore", "explore", VaadinIcon.SEARCH.create()),
                new SideNavItem("Scenarios", "scenarios", VaadinIcon.FILE_TEXT_O.create()),
                new SideNavItem("Runs", "runs", VaadinIcon.ARCHIVE.create()),
                new SideNavItem("Import", "import", VaadinIcon.UPLOAD.create()),
                new SideNavItem("Join a class", "join", VaadinIcon.SIGN_IN.create()),
                new SideNavItem("Lessons (instructors)", "lessons", VaadinIcon.ACADEMY_CAP.create()));
        nav.getStyle().set("margin", "var(--lumo-space-s)");
        note = new Paragraph(SYNTHETIC_NOTE + RANKINGS);
        note.setId("data-note");
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin", "var(--lumo-space-m)");
        addToDrawer(nav, note);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Location where = event.getLocation();
        boolean imported = showsImportedData(where.getPath(), where.getQueryParameters().getParameters().keySet());
        synthetic.setText(imported ? "your imported data" : "synthetic data");
        synthetic.setTitle(imported ? IMPORTED_NOTE : SYNTHETIC_NOTE);
        note.setText((imported ? IMPORTED_NOTE : SYNTHETIC_NOTE) + RANKINGS);
    }

    /** The Import page, and Explore reading an import ({@code explore?import=ID}). */
    static boolean showsImportedData(String path, java.util.Set<String> parameters) {
        return "import".equals(path) || ("explore".equals(path) && parameters.contains("import"));
    }
}
