/**
 * The web app's one service and its wiring: {@link org.spamouflage.sandbox.app.SandboxService}
 * wraps the pipeline, the scenario library and the run store; views talk only to it. Heavy work
 * runs on the {@code sandboxExecutor}, never on a UI thread.
 */
package org.spamouflage.sandbox.app;
