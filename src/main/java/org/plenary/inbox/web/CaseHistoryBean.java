package org.plenary.inbox.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.inbox.CaseEvent;
import org.plenary.inbox.TaskNames;
import org.plenary.inbox.application.CaseHistory;

/** The history panel beside a task's form: read once per view (a page evaluates it several times). */
@Named("caseHistory")
@ViewScoped
public class CaseHistoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseHistory history;

    private final Map<String, List<CaseEvent>> read = new HashMap<>();

    public List<CaseEvent> of(String processInstanceId) {
        return read.computeIfAbsent(processInstanceId == null ? "" : processInstanceId, history::of);
    }

    public String step(CaseEvent event) {
        return TaskNames.of(FacesContext.getCurrentInstance().getViewRoot().getLocale(), event.processKey(),
                event.taskKey(), event.taskName());
    }
}
