/**
 * Measurement workloads kept apart from the engine: the real, labelled data benchmark (three IRA campaign
 * windows and the CooRTweet sample, read from a folder of the checkout), and the naive copy-paste baseline
 * it is compared with; the port of the co-share workload generator the QUT toolkit and CooRTweet timings were
 * measured on ({@link org.spamouflage.sandbox.bench.CoShareWorkload}), the Commons CSV reader the hand-written
 * CooRTweet reader is timed against, and the settable clock of the classroom benchmark. The engine never depends on this package; the {@code bench} commands and the
 * floor tests do.
 */
package org.spamouflage.sandbox.bench;
