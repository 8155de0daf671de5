package org.plenary.platform.api;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.ConcurrentChangeException;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.PlenaryException;
import org.plenary.platform.web.Messages;

/** Maps every failure of an API call to a {@link Problem}; unexpected ones are logged, never echoed. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return problem(status, "http." + status, Response.Status.fromStatusCode(status) == null ? ""
                    : Response.Status.fromStatusCode(status).getReasonPhrase());
        }
        PlenaryException known = find(exception);
        if (known == null) {
            LOG.log(Level.SEVERE, "Unexpected failure behind an API call", exception);
            return problem(500, "error.unexpected", Messages.text(locale(), "error.unexpected"));
        }
        return problem(status(known), known.getMessageKey(), Messages.text(locale(), known));
    }

    private static int status(PlenaryException known) {
        if (known instanceof AccessDeniedException) {
            return 403;
        }
        if (known instanceof NotFoundException) {
            return 404;
        }
        if (known instanceof ConcurrentChangeException) {
            return 409;
        }
        return known instanceof InvalidInputException ? 400 : 422;
    }

    private static PlenaryException find(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof PlenaryException p) {
                return p;
            }
            // two people completing the same task at once: the engine refuses the second; a database
            // that gave up waiting for a lock (deadlock, lock timeout) rolled everything back
            if (t instanceof OptimisticLockException || t instanceof FlowableOptimisticLockingException
                    || t instanceof FlowableObjectNotFoundException
                    || t instanceof java.sql.SQLException sql && LockConflicts.isLockConflict(sql)
                    || t instanceof RollbackException && t.getCause() instanceof OptimisticLockException) {
                return new ConcurrentChangeException();
            }
        }
        return null;
    }

    private Locale locale() {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : headers.getAcceptableLanguages().get(0);
    }

    private static Response problem(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(status, code, message)).build();
    }
}
