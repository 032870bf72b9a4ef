/**
 * The shared data model: accounts, posts, engagements and targets ({@link
 * org.spamouflage.sandbox.dataset.Dataset}), the labels kept apart ({@link
 * org.spamouflage.sandbox.dataset.GroundTruth}), and the dataset folder every command reads and
 * writes ({@link org.spamouflage.sandbox.dataset.DatasetFolder}, described in
 * {@code docs/dataset-folder.md}). Plain Java: no Vaadin, Spring or JDBC.
 */
package org.spamouflage.sandbox.dataset;
