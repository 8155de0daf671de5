package org.plenary.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.plenary.platform.PlenaryException;

/** Looks up user-facing text in messages*.properties for a locale. */
public final class Messages {

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle("messages", locale, Messages.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String text(Locale locale, PlenaryException problem) {
        return text(locale, problem.getMessageKey(), problem.getArguments());
    }
}
