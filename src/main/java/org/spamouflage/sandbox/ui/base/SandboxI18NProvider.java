package org.spamouflage.sandbox.ui.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.spamouflage.sandbox.i18n.Language;
import org.spamouflage.sandbox.i18n.Texts;
import org.springframework.stereotype.Component;

/**
 * Vaadin's window on the message bundles ({@link Texts}): {@code getTranslation(key, args)} in a
 * view reads the bundle of the UI's locale. Vaadin finds this bean by its type; the locale itself is
 * chosen by {@link LanguageSetup}.
 */
@Component
public class SandboxI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Texts.of(locale).get(key, params);
    }
}
