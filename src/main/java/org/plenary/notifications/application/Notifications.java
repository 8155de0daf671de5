package org.plenary.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;

/** PLACEHOLDER until the notifications package lands: the real one queues mail in an outbox. */
@ApplicationScoped
public class Notifications {

    public void toUser(long userId, String template, Object... args) {
    }

    public void toGroup(String group, String template, Object... args) {
    }
}
