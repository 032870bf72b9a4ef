/**
 * One class per signal. Each scores every account in [0,1] (higher = more like the traces
 * investigators reported) and explains each score in a sentence.
 */
package org.spamouflage.sandbox.detection.signals;
