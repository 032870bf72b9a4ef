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

    /**
     * The part of a network-reading signal's work that needs only the dataset (lookups of who did what).
     * {@link Detector} calls it after the signals that do not read the network, while the text layer may still
     * be running. What it computes is kept with {@link DetectionContext#shared} and taken by {@link #score} with
     * {@link DetectionContext#takeShared}, which computes it then when it was not prepared: the same result whether
     * or not this ran first. It must not ask for the network.
     */
    default void prepare(DetectionContext ctx) {
    }
}
