package org.plenary.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link PlenaryExceptionHandler}. */
public class PlenaryExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PlenaryExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PlenaryExceptionHandler(getWrapped().getExceptionHandler());
    }
}
