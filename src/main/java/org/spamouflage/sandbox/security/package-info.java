/**
 * Instructor sign-in: Spring Security form login through Vaadin's {@code VaadinSecurityConfigurer},
 * instructors and their BCrypt hashes in the database, and the optional instructor from
 * configuration. Students have no accounts: every page they use is public, and what they may see
 * is decided by {@link org.spamouflage.sandbox.lesson.ClassroomService}.
 */
package org.spamouflage.sandbox.security;
