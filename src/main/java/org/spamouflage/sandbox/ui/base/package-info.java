/**
 * Shared building blocks of the web views. The main one is the chart bridge: {@link
 * org.spamouflage.sandbox.ui.base.SandboxChart} is a Vaadin component for the {@code
 * <sandbox-chart>} custom element (plain JavaScript in {@code frontend/sandbox-chart.js}, served as
 * a static resource together with the ECharts webjar, so Vaadin never runs its npm build). Views
 * describe a chart with {@link org.spamouflage.sandbox.chart.ChartSpec} values, which travel to
 * the browser as JSON; the browser side owns every formatting function, so no code or HTML ever
 * crosses over and text from data is always shown as text.
 */
package org.spamouflage.sandbox.ui.base;
