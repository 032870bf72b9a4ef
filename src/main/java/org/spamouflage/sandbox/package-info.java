/**
 * Spamouflage Sandbox: the entry point ({@link org.spamouflage.sandbox.Application}) that runs a command-line
 * verb or starts the web app. The folder tour in the README lists what each package holds; the domain core
 * (scenario, simulation, dataset, ingest, detection, metrics, report) is a plain Java library and the web app
 * ({@code ui}, {@code app}, {@code store}, {@code security}) and the command line ({@code cli}) are shells
 * over it (see {@code ArchitectureTest}).
 */
package org.spamouflage.sandbox;
