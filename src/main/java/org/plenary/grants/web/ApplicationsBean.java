package org.plenary.grants.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.grants.GrantApplication;
import org.plenary.grants.GrantCall;
import org.plenary.grants.ScreeningDecision;
import org.plenary.grants.application.ApplicationService;
import org.plenary.grants.application.CallService;
import org.plenary.grants.application.DecisionService;
import org.plenary.platform.web.Messages;

/** Lists of applications: the applicant's own, and a call's for the secretariat with its screening dialog. */
@Named
@ViewScoped
public class ApplicationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService applications;

    @Inject
    CallService calls;

    @Inject
    DecisionService decisions;

    private transient java.util.Map<Long, DecisionService.Ranked> ranking;

    private Long callId;
    private GrantCall call;
    private List<GrantApplication> list;
    private GrantApplication selected;
    private ScreeningDecision decision;
    private String note;
    private Integer answerWithinDays = 7;

    public List<GrantApplication> getMine() {
        if (list == null) {
            list = applications.mine();
        }
        return list;
    }

    /** viewAction of the secretariat's page: ?call= */
    public void loadCall() {
        call = calls.get(callId);
        list = applications.forCall(callId);
        ranking = null;
    }

    /** The application's place in the call's ranking once reviewed (an empty entry before). */
    public DecisionService.Ranked rank(GrantApplication application) {
        if (ranking == null) {
            ranking = new java.util.HashMap<>();
            decisions.ranking(callId).forEach(r -> ranking.put(r.application().getId(), r));
        }
        return ranking.getOrDefault(application.getId(), new DecisionService.Ranked(0, application, null, 0));
    }

    public DecisionService.Envelope getEnvelope() {
        return decisions.envelope(callId);
    }

    public void select(GrantApplication application) {
        selected = application;
        decision = null;
        note = null;
        answerWithinDays = 7;
    }

    public void screen() {
        GrantApplication screened = applications.screen(selected.getId(), decision, note, answerWithinDays);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(
                faces.getViewRoot().getLocale(), "screening.recorded", screened.getProjectTitle()), null));
        list = applications.forCall(callId);
        selected = null;
    }

    public ScreeningDecision[] getDecisions() {
        return ScreeningDecision.values();
    }

    public List<GrantApplication> getForCall() {
        return list;
    }

    public GrantCall getCall() {
        return call;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public GrantApplication getSelected() {
        return selected;
    }

    public ScreeningDecision getDecision() {
        return decision;
    }

    public void setDecision(ScreeningDecision decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getAnswerWithinDays() {
        return answerWithinDays;
    }

    public void setAnswerWithinDays(Integer answerWithinDays) {
        this.answerWithinDays = answerWithinDays;
    }
}
