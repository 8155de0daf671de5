package org.plenary.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** A translated confirmation for the page the user is on. */
public final class Feedback {

    private Feedback() {
    }

    public static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces.getViewRoot().getLocale(), key, arguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
