/** The saved-runs page: list, re-open (re-run and compare with the saved metrics), delete. */
package org.spamouflage.sandbox.ui.runs;
