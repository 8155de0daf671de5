package org.plenary.notifications;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.plenary.identity.Languages;
import org.plenary.platform.web.Messages;

/**
 * The texts of Plenary's e-mails: org/plenary/notifications/mail*.properties, keys
 * {@code <template>.subject} and {@code <template>.body}, MessageFormat patterns with positional
 * arguments. A message is rendered in the recipient's language (English when that language is not
 * supported or lacks the text), with every Instant shown in the recipient's time zone, and ends with
 * a footer naming the product and linking to it.
 */
public final class MailTemplates {

    static final String BUNDLE = "org.plenary.notifications.mail";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String publicUrl;

    public MailTemplates(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** True when the English texts have both a subject and a body for this template. */
    public static boolean exists(String template) {
        ResourceBundle english = bundle(Locale.ROOT);
        return english.containsKey(template + ".subject") && english.containsKey(template + ".body");
    }

    public RenderedMail render(String template, String language, ZoneId zone, Object... args) {
        if (!exists(template)) {
            throw new IllegalArgumentException("no e-mail template " + template);
        }
        String lang = Languages.isSupported(language) ? language : Languages.DEFAULT;
        Locale locale = Locale.forLanguageTag(lang);
        ResourceBundle texts = bundle(locale);
        Object[] shown = shown(args, locale, zone);
        String subject = format(texts.getString(template + ".subject"), locale, shown);
        String body = format(texts.getString(template + ".body"), locale, shown);
        String footer = format(texts.getString("footer"), locale, new Object[] {texts.getString("product"), publicUrl});
        return new RenderedMail(lang, subject.replace('\n', ' ').strip(), body.strip() + "\n\n-- \n" + footer);
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, MailTemplates.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the e-mail texts are missing from the application", e);
        }
    }

    private static String format(String pattern, Locale locale, Object[] args) {
        return new MessageFormat(pattern, locale).format(args);
    }

    private static String lines(MailLines lines, Locale locale, ZoneId zone) {
        ResourceBundle texts = bundle(locale);
        StringBuilder shown = new StringBuilder();
        for (MailLines.Line line : lines.lines()) {
            if (shown.length() > 0) {
                shown.append('\n');
            }
            shown.append(format(texts.getString(line.key()), locale, shown(line.args().toArray(), locale, zone)));
        }
        return shown.toString();
    }

    /** Times in the recipient's zone and language, amounts with their own decimals, the rest as given. */
    static Object[] shown(Object[] args, Locale locale, ZoneId zone) {
        Object[] shown = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < shown.length; i++) {
            Object arg = args[i];
            if (arg instanceof Instant instant) {
                shown[i] = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale).withZone(zone).format(instant) + " (" + zone.getId() + ")";
            } else if (arg instanceof LocalDate date) {
                shown[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
            } else if (arg instanceof BigDecimal amount) {
                NumberFormat number = NumberFormat.getNumberInstance(locale);
                number.setMinimumFractionDigits(Math.max(0, amount.scale()));
                number.setMaximumFractionDigits(Math.max(0, amount.scale()));
                shown[i] = number.format(amount);
            } else if (arg instanceof MailLines lines) {
                shown[i] = lines(lines, locale, zone);
            } else if (arg instanceof LocalText text) {
                String translated = Messages.text(locale, text.key());
                shown[i] = translated.equals(text.key()) ? text.fallback() : translated;
            } else if (arg == null) {
                shown[i] = "";
            } else if (arg instanceof Number) {
                shown[i] = arg;
            } else {
                shown[i] = arg.toString();
            }
        }
        return shown;
    }
}
