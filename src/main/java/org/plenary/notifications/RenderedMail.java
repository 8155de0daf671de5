package org.plenary.notifications;

/** A notification rendered for one recipient: the language it was written in, its subject and body. */
public record RenderedMail(String language, String subject, String body) {
}
