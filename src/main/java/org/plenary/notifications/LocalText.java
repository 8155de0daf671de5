package org.plenary.notifications;

/**
 * A mail argument shown in the recipient's language: the text of {@code key} in messages*.properties,
 * or {@code fallback} when the bundle has none.
 */
public record LocalText(String key, String fallback) {
}
