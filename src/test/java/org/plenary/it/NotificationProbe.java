package org.plenary.it;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;

import org.plenary.identity.User;
import org.plenary.notifications.application.Notifications;

/**
 * Test-only door to the notifications service, deployed with NotificationsIT: queues a message in a
 * transaction that commits, or that fails after queueing (rollback=true).
 */
@ApplicationScoped
public class NotificationProbe {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Transactional
    public void toUser(String email, String template, boolean rollback, Object... args) {
        long userId = em.createQuery("select u.id from User u where u.email = :e", Long.class)
                .setParameter("e", User.normaliseEmail(email)).getSingleResult();
        notifications.toUser(userId, template, args);
        if (rollback) {
            throw new IllegalStateException("the change after the notification failed");
        }
    }

    @Transactional
    public void toGroup(String group, String template, Object... args) {
        notifications.toGroup(group, template, args);
    }

    /** POST /it-probe/notifications?user=..|group=..&template=..&arg=..&arg=..&rollback=true */
    @WebServlet("/it-probe/notifications")
    public static class Door extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Inject
        transient NotificationProbe probe;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String[] args = request.getParameterValues("arg");
            Object[] values = args == null ? new Object[0] : args;
            try {
                if (request.getParameter("group") != null) {
                    probe.toGroup(request.getParameter("group"), request.getParameter("template"), values);
                } else {
                    probe.toUser(request.getParameter("user"), request.getParameter("template"),
                            Boolean.parseBoolean(request.getParameter("rollback")), values);
                }
                response.setStatus(204);
            } catch (RuntimeException e) {
                response.setStatus(409);
                response.getWriter().write(e.getClass().getName());
            }
        }
    }
}
