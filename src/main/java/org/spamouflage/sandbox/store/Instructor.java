package org.spamouflage.sandbox.store;

import java.time.Instant;

/**
 * An instructor who can sign in.
 *
 * @param name         sign-in name
 * @param passwordHash BCrypt hash (never the password)
 * @param createdAt    when the account was made
 */
public record Instructor(String name, String passwordHash, Instant createdAt) {
    @Override
    public String toString() {
        return "Instructor[" + name + "]"; // keeps the hash out of logs
    }
}
