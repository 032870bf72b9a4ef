/**
 * Persistence in H2 (or any JDBC database) through Spring JDBC; the schema comes from Flyway
 * migrations in {@code src/main/resources/db/migration}. Runs keep scenario + seed + settings, not
 * datasets: a dataset is regenerated from them (imported datasets are the exception).
 */
package org.spamouflage.sandbox.store;
