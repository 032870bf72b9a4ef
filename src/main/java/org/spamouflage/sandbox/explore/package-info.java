/**
 * What the Explore page shows for one run, computed as plain values: the feed, the ranked accounts, account
 * and cluster cards with their evidence in words, and the export files offered for download. No Vaadin and
 * no Spring (an architecture test keeps it so): the views in {@code ui/explore} only lay these values out,
 * and tests and benchmarks use the same code without a browser.
 */
package org.spamouflage.sandbox.explore;
