package org.plenary.platform.web;

import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.ConcurrentChangeException;
import org.plenary.platform.PlenaryException;

/**
 * Turns what a service refused into a translated message on the same page (the user's input
 * stays in the form), a lost optimistic-lock race into "someone changed this first", and a refused
 * permission into the 403 page. Anything else goes to the friendly error page, logged, never shown.
 */
public class PlenaryExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PlenaryExceptionHandler.class.getName());

    public PlenaryExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = unwrap(events.next().getContext().getException());
            PlenaryException problem = asProblem(cause);
            if (problem == null) {
                continue;
            }
            events.remove();
            if (problem instanceof AccessDeniedException) {
                forbid(context);
                continue;
            }
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(context.getViewRoot().getLocale(), problem), null));
            context.validationFailed();
            context.renderResponse();
        }
        getWrapped().handle();
    }

    private static void forbid(FacesContext context) {
        try {
            context.getExternalContext().responseSendError(403, null);
        } catch (java.io.IOException e) {
            LOG.log(Level.FINE, "Could not send 403", e);
        }
        context.responseComplete();
    }

    static PlenaryException asProblem(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof PlenaryException p) {
                return p;
            }
            if (t instanceof OptimisticLockException || t instanceof FlowableOptimisticLockingException
                    || t instanceof FlowableObjectNotFoundException
                    || t instanceof RollbackException
                    && t.getCause() instanceof OptimisticLockException) {
                return new ConcurrentChangeException();
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable t = exception;
        while ((t instanceof FacesException || t instanceof EJBException || t instanceof jakarta.el.ELException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        if (asProblem(t) == null) {
            LOG.log(Level.SEVERE, "Unexpected failure behind a page", exception);
        }
        return t;
    }
}
