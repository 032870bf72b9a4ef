/**
 * The one application service both shells call: generate (or take an imported dataset), detect,
 * evaluate, with small caches so a Playground slider that only changes weights or the threshold
 * never regenerates or re-detects. Plain Java.
 */
package org.spamouflage.sandbox.pipeline;
