/**
 * The seeded generator: organic population, targets and their posts, campaign network
 * (operators, cells, new/hijacked/bought accounts), bilingual text, timing. Plain Java.
 */
package org.spamouflage.sandbox.simulation;
