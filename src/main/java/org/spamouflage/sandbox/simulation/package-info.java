/**
 * The seeded generator: a pure function of (scenario, seed) that produces a synthetic
 * {@link org.spamouflage.sandbox.dataset.Dataset} and, apart, its
 * {@link org.spamouflage.sandbox.dataset.GroundTruth}. Entry point:
 * {@link org.spamouflage.sandbox.simulation.Generator#generate}.
 *
 * <p>The data carries the traces investigators reported for the 2023 comment flood against
 * Canadian MPs (see {@code realism.md} in the design notes; sources named in each class):
 * honest users with heavy-tailed activity on their own local clocks, fast-decaying replies,
 * slogans, superfans, news spikes and unrelated bots; honest accounts that coordinate in the open
 * (advocacy pushes, news outlets and aggregators, fan re-share rings, hashtag games), whose role the
 * ground truth names; a campaign whose operators post in waves in
 * their shift blocks, from accounts created in batches or hijacked after years of silence, with
 * templated English comments, machine-translated French, Mandarin, camouflage, in-network likes
 * and bursts of in-network re-shares; honest users re-share popular posts at independent times.
 *
 * <p>Honest text comes from the banks {@code honest-en.txt} and {@code honest-fr.txt}, letters,
 * headlines and game entries from {@code authentic-en.txt} and {@code authentic-fr.txt} (resources
 * next to these classes, read by {@code TextBank}): every line
 * has inline choices, posts are composed of several lines, and each writer has habits
 * ({@code Voice}), so honest users rarely look like copy-paste
 * to the near-duplicate detector while slogans, the campaign's templates and its recycled
 * camouflage still do.
 *
 * <p>Determinism: all randomness comes from {@link org.spamouflage.sandbox.simulation.Rng}
 * streams derived from (seed, component, index); nothing reads the clock or iterates hash order
 * into the output. Every person, politician, party, outlet, critic and journalist is invented;
 * links use reserved {@code .example} domains. Plain Java: no Vaadin, Spring or JDBC.
 */
package org.spamouflage.sandbox.simulation;
