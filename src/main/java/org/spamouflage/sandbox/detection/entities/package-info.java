/**
 * What a post points at, read once per dataset for generated and imported data alike: hashtags, mentions
 * and links (from the data's columns when it has them, otherwise from the text), canonical link keys
 * (tracking parameters and other noise removed, short links kept apart), and re-shares recognised from
 * the text ({@code RT @handle: …} and its common variants). The co-action layers and the near-duplicate
 * layer read these instead of the raw columns, so a file whose hashtags live only in the text is measured
 * like one with a hashtags column.
 */
package org.spamouflage.sandbox.detection.entities;
