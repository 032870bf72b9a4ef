package org.spamouflage.sandbox.simulation;

import org.spamouflage.sandbox.dataset.Dataset;
import org.spamouflage.sandbox.dataset.GroundTruth;

/** What the generator returns: the observable data and, apart, its labels. */
public record Generated(Dataset dataset, GroundTruth truth) {
}
