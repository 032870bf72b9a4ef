/**
 * The Playground page: controls built from the catalogue, results computed off the UI thread,
 * the state kept in the URL (lesson links).
 */
package org.spamouflage.sandbox.ui.playground;
