/**
 * The Playground's state as a value: which scenario, seed, control values, threshold, locked and
 * hidden controls and shown panels, with a lossless URL encoding (lesson links). Plain Java so the
 * web page, lessons and tests share one definition.
 */
package org.spamouflage.sandbox.playground;
