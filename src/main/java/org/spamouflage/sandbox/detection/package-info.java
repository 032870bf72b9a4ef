/**
 * The detection engine: coordination signals, the coordination network, clusters, account scores
 * and per-account evidence. Input is a {@link org.spamouflage.sandbox.dataset.Dataset} only: this
 * package never sees ground truth (an architecture test guards it). Scores are in [0,1] and rank
 * accounts by how strongly a signal fires; they are <em>not</em> probabilities, and coordination
 * is not proof of inauthenticity.
 */
package org.spamouflage.sandbox.detection;
