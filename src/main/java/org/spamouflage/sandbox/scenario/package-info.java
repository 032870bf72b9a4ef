/**
 * Scenario files: the immutable {@link org.spamouflage.sandbox.scenario.Scenario} record, JSON
 * reading and writing over the built-in defaults ({@link org.spamouflage.sandbox.scenario.ScenarioJson}),
 * and validation with precise messages ({@link org.spamouflage.sandbox.scenario.ScenarioValidator}).
 *
 * <p>One table, {@link org.spamouflage.sandbox.scenario.FieldSpecs}, says for every field its kind,
 * unit, range and meaning; it drives the per-field checks, the "allowed" part of every message and
 * the parameter tables of {@code scenarios/README.md}. Rules that combine fields and the memory
 * caps ({@link org.spamouflage.sandbox.scenario.ScenarioLimits}) run after, on the file merged over
 * the defaults. Every problem of a file is reported at once, in document order; bad input never
 * throws anything but {@link org.spamouflage.sandbox.scenario.InvalidScenarioException}.
 */
package org.spamouflage.sandbox.scenario;
