/**
 * The two languages of the web pages (English and French): which one a visitor gets, the message
 * bundles ({@code messages.properties}, {@code messages_fr.properties} beside this package, UTF-8)
 * and locale-aware numbers and times. Plain Java, like the feature packages: chart builders, the
 * benchmark and tests use it without Vaadin; the web app reaches the same bundles through Vaadin's
 * {@code I18NProvider} ({@code ui.base.SandboxI18NProvider}).
 *
 * <p>Keys are grouped by page or part, dot-separated: {@code nav.*} (menu), {@code layout.*}
 * (frame), {@code playground.*}, {@code controls.*} (the Playground's control catalogue by control
 * id), {@code signal.<id>.title|direction} (signal names by signal id, so the detection library keeps
 * its English texts), {@code chart.*} (chart titles, axes, legends, descriptions), {@code lesson.*},
 * {@code exercise.*}, {@code scenarios.*}, {@code runs.*}, {@code join.*}, {@code login.*},
 * {@code glossary.*}, {@code fmt.*} (shared words such as "not defined"). A message that a library
 * produces for later translation travels as a {@link Msg} (key and arguments).
 */
package org.spamouflage.sandbox.i18n;
