package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.spamouflage.sandbox.i18n.Language;
import org.spamouflage.sandbox.i18n.Texts;

/**
 * The frame of every page: the product name, the page's one {@code h1}, a permanent "synthetic
 * data" note, the language switch, a drawer with the pages (the classroom's "Lessons" asks
 * instructors to sign in), and the signed-in instructor's name with a sign-out button. The chart
 * gallery ({@code /chart-demo}) is left out of the menu. Pages that show the user's own imported data
 * (the Import page, Explore on an import) say so instead: there the data is real, and calling it
 * invented would be wrong.
 *
 * <p>The layout's own style sheet ({@code frontend/sandbox.css}, a static file like the chart script,
 * so Vaadin never bundles it) holds what inline styles cannot: narrow-screen rules.
 */
@StyleSheet("context://sandbox/sandbox.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver, HasDynamicTitle {

    /** Shown on every page: nothing here may pass as real (English; see {@code layout.synthetic.note}). */
    public static final String SYNTHETIC_NOTE = Texts.english().get("layout.synthetic.note");
    /** Shown instead on pages with the user's imported data (English; see {@code layout.imported.note}). */
    public static final String IMPORTED_NOTE = Texts.english().get("layout.imported.note");

    /** The page names shown as the {@code h1}, by the path's first segment. */
    private static final List<String> PAGES = List.of("explore", "scenarios", "runs", "import", "join", "login", "lessons",
            "exercise", "glossary");

    private final Span synthetic;
    private final Paragraph note;
    private final H1 page = new H1();

    /** Without Spring (plain view tests): no sign-in state shown. */
    public MainLayout() {
        this(null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public MainLayout(AuthenticationContext auth) {
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("layout.drawer")));
        Span product = new Span("Spamouflage Sandbox");
        product.addClassName("sandbox-product");
        page.setId("page-title");
        page.addClassName("sandbox-page-title");
        synthetic = Badges.of(getTranslation("layout.synthetic.badge"), Badges.Tone.CONTRAST);
        synthetic.setId("synthetic-badge");
        synthetic.setTitle(getTranslation("layout.synthetic.note"));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Div bar = new Div(toggle, product, page, synthetic);
        bar.addClassName("sandbox-navbar");
        Div end = new Div();
        end.addClassName("sandbox-navbar-end");
        if (auth != null && auth.isAuthenticated()) {
            Span who = new Span();
            who.setText(auth.getPrincipalName().orElse(""));
            who.setId("signed-in-as");
            Button out = new Button(getTranslation("layout.signout"), e -> auth.logout());
            out.setId("sign-out");
            out.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            end.add(who, out);
        }
        end.add(languageSwitch());
        bar.add(end);
        addToNavbar(bar);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.pages"));
        nav.addItem(item("nav.playground", "", VaadinIcon.SLIDERS),
                item("nav.explore", "explore", VaadinIcon.SEARCH),
                item("nav.scenarios", "scenarios", VaadinIcon.FILE_TEXT_O),
                item("nav.runs", "runs", VaadinIcon.ARCHIVE),
                item("nav.import", "import", VaadinIcon.UPLOAD),
                item("nav.join", "join", VaadinIcon.SIGN_IN),
                item("nav.lessons", "lessons", VaadinIcon.ACADEMY_CAP),
                item("nav.glossary", "glossary", VaadinIcon.BOOK));
        nav.getStyle().set("margin", "var(--lumo-space-s)");
        note = new Paragraph(getTranslation("layout.synthetic.note") + " " + getTranslation("layout.rankings"));
        note.setId("data-note");
        note.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin", "var(--lumo-space-m)");
        addToDrawer(nav, note);
    }

    private SideNavItem item(String key, String path, VaadinIcon icon) {
        return new SideNavItem(getTranslation(key), path, icon.create());
    }

    /** One button naming the other language in that language ("Français" on English pages). */
    private Button languageSwitch() {
        Language now = Language.of(getLocale());
        Language other = now.other();
        Button b = new Button(other.nativeName());
        b.setId("language-switch");
        b.getElement().setAttribute("lang", other.code());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.addClickListener(e -> {
            Languages.choose(other, true);
            Languages.reload(UI.getCurrent(), other);
        });
        return b;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Location where = event.getLocation();
        boolean imported = showsImportedData(where.getPath(), where.getQueryParameters().getParameters().keySet());
        synthetic.setText(getTranslation(imported ? "layout.imported.badge" : "layout.synthetic.badge"));
        String text = getTranslation(imported ? "layout.imported.note" : "layout.synthetic.note");
        synthetic.setTitle(text);
        note.setText(text + " " + getTranslation("layout.rankings"));
        page.setText(getTranslation(pageKey(where.getPath())));
        HasElement content = getContent();
        if (content instanceof Component c && c.getElement().hasAttribute("data-page-title")) {
            page.setText(c.getElement().getAttribute("data-page-title"));
        }
    }

    /**
     * The browser tab's title: the page's name (its {@code h1}) in the page's language. Pages with
     * their own dynamic title (the Playground) keep it; Vaadin asks after navigation, when the
     * {@code h1} is set.
     */
    @Override
    public String getPageTitle() {
        return getTranslation("title.suffix", page.getText());
    }

    /** The key of a page's name: {@code page.<first path segment>}, {@code page.playground} for the root. */
    static String pageKey(String path) {
        String first = path == null || path.isEmpty() ? "" : path.split("/")[0];
        return PAGES.contains(first) ? "page." + first : "page.playground";
    }

    /** The Import page, and Explore reading an import ({@code explore?import=ID}). */
    static boolean showsImportedData(String path, java.util.Set<String> parameters) {
        return "import".equals(path) || ("explore".equals(path) && parameters.contains("import"));
    }
}
