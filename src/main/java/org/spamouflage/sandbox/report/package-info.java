/**
 * Exports of a detection for other tools and for readers: account scores and edges as CSV (R,
 * pandas, spreadsheets), the network as GraphML and GEXF with node attributes (Gephi, igraph,
 * NetworkX), clusters as JSON, the settings used, and a methods note in Markdown and HTML that
 * states the data, every setting, the engine version, what each signal means, error rates when
 * labels exist, and the caveats. Also the reverse direction {@code evaluate} needs: reading an
 * {@code accounts.csv} and a truth file back and measuring the scores, independent of the engine.
 *
 * <p>Plain Java (no Vaadin, Spring or JDBC): the command line and the web app's download buttons
 * call the same {@link org.spamouflage.sandbox.report.DetectionExport}. Every file is
 * deterministic: same dataset and settings, same bytes (UTF-8, LF line ends, numbers without
 * locale, no timestamps, sorted rows). Text that comes from data (handles, file names) is escaped
 * for the format it lands in (XML, HTML, Markdown, CSV quoting).
 */
package org.spamouflage.sandbox.report;
