/**
 * The coordination network: one layer per kind of co-action (co-comment, co-share, co-hashtag,
 * near-duplicate text), each filtered by its significance test, united into one account graph and
 * cut into clusters.
 */
package org.spamouflage.sandbox.detection.network;
