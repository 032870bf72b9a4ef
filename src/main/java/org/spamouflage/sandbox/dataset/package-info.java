/**
 * The shared data model: accounts, posts, engagements and targets ({@link
 * org.spamouflage.sandbox.dataset.Dataset}), the labels kept apart ({@link
 * org.spamouflage.sandbox.dataset.GroundTruth}), and the dataset folder format every command reads
 * and writes. Plain Java: no Vaadin, Spring or JDBC.
 */
package org.spamouflage.sandbox.dataset;
