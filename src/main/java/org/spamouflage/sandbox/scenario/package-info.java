/** Scenario files: the immutable record, JSON reading/writing with defaults, validation with precise messages. */
package org.spamouflage.sandbox.scenario;
