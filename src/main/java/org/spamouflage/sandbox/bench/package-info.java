/**
 * Measurement workloads kept apart from the engine: the real, labelled data benchmark (three IRA campaign
 * windows and the CooRTweet sample, read from a folder of the checkout), and the naive copy-paste baseline
 * it is compared with. The engine never depends on this package; the {@code bench} commands and the
 * floor tests do.
 */
package org.spamouflage.sandbox.bench;
