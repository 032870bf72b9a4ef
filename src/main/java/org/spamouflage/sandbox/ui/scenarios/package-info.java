/**
 * The scenario library page: shipped and saved scenarios, a JSON editor whose validation problems
 * name their line and field, upload, download, "save as" and "open in Playground".
 */
package org.spamouflage.sandbox.ui.scenarios;
