package org.plenary.notifications.infrastructure;

import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Sends one plain-text message through the configured SMTP server with Jakarta Mail (Angus Mail in Payara). */
@ApplicationScoped
public class SmtpSender {

    public void send(MailSettings settings, OutboxStore.Claimed mail) throws MessagingException {
        Session session = Session.getInstance(settings.sessionProperties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.address(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Content-Language", mail.language());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Plenary-Outbox-Id", Long.toString(mail.id()));
        if (settings.username().isPresent()) {
            Transport.send(message, settings.username().get(), settings.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }
}
