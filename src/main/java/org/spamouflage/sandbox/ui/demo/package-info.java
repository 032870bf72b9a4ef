/**
 * The chart gallery at {@code /chart-demo}: one chart of each kind on synthetic sample data, with
 * an HTML-looking label on purpose. It shows view authors what {@code SandboxChart} can draw and
 * gives browser tests a fixed page for checking that charts render and that text from data stays
 * text.
 */
package org.spamouflage.sandbox.ui.demo;
