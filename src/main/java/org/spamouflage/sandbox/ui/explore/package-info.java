/**
 * Explore: a run read as a journalist would, with comment feeds per politician, account cards that
 * say why an account was flagged, cluster cards and a posting-time heatmap. Every text from data
 * is set as text.
 */
package org.spamouflage.sandbox.ui.explore;
