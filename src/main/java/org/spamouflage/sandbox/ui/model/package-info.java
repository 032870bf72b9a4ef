/**
 * What the web pages show, computed as plain values from a run: chart specs, confusion matrices,
 * feed pages, account and cluster cards. No Vaadin and no Spring (an architecture test keeps it
 * so), so the same code is exercised by the views, by unit tests and by the {@code bench
 * playground} command that measures how long a control change takes to reach the screen.
 */
package org.spamouflage.sandbox.ui.model;
