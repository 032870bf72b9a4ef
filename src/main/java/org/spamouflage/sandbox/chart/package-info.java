/**
 * Chart specifications: what a chart shows (series, axes, marks, graphs, heatmaps) as plain values that
 * travel to the browser as JSON for the {@code <sandbox-chart>} element, and the builders of the network
 * charts shared by Explore, the Playground and the lesson reveal. No Vaadin (an architecture test keeps
 * it so): {@code ui/base/SandboxChart} is the one component that draws a spec. The browser side owns
 * every formatting function, so no code or HTML crosses over and text from data is always shown as text.
 */
package org.spamouflage.sandbox.chart;
