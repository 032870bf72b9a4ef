/**
 * The classroom pages. Instructors (signed in, {@code @RolesAllowed}) list, create, edit, copy
 * and archive lessons under {@code /lessons} and run each exercise from its page (join code, class
 * board, close, reveal, CSV). Students (anonymous) join at {@code /join} and work at
 * {@code /exercise}; who they are is kept on the server, in their session, never in the URL.
 */
package org.spamouflage.sandbox.ui.lesson;
