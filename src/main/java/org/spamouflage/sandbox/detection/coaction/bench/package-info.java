/**
 * Benchmark workloads for the co-action layers: a port of the co-share generator on which the QUT
 * toolkit and CooRTweet reference timings were measured. Used by the {@code bench coshare} command, never
 * by detection itself.
 */
package org.spamouflage.sandbox.detection.coaction.bench;
