package org.spamouflage.sandbox.detection;

/**
 * One signal: scores every scored account in [0,1] (higher = more like the traces investigators
 * reported for coordinated campaigns) and explains each score in a sentence. One class per signal;
 * each class's Javadoc names what it measures, its source, parameters and cost.
 */
public interface Signal {

    SignalInfo info();

    /** Scores all accounts of the context, in the context's account order. */
    SignalResult score(DetectionContext ctx);

    /**
     * Whether the signal reads the coordination network (or anything else the context shares between
     * signals). Only scheduling depends on it: {@link Detector} scores the other signals while the
     * network's text layer is being finished. A signal that reads the network without saying so is
     * still right, since {@code CoordinationNetwork.of} then waits for the network; it is only slower.
     */
    default boolean readsNetwork() {
        return false;
    }
}
