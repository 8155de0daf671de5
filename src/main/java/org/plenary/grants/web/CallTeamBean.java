package org.plenary.grants.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.grants.application.CallTeamService;
import org.plenary.grants.application.CallTeamService.Member;
import org.plenary.platform.web.Messages;

/** The call page's team panel: the grants officers its applications' secretariat steps are offered to. */
@Named
@ViewScoped
public class CallTeamBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallTeamService team;

    private Long callId;
    private List<Member> members = List.of();
    private List<Member> eligible = List.of();
    private List<Long> chosen = new ArrayList<>();

    /** Called from the page's viewAction once the call's id is known. */
    public void load(Long id) {
        callId = id;
        if (id == null) {
            return;
        }
        members = team.team(id);
        eligible = team.eligible();
        chosen = new ArrayList<>(members.stream().map(Member::id).toList());
    }

    public void save() {
        members = team.change(callId, chosen == null ? List.of() : chosen);
        chosen = new ArrayList<>(members.stream().map(Member::id).toList());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces.getViewRoot().getLocale(), "call.team.saved", members.size()), null));
    }

    public boolean isAvailable() {
        return callId != null;
    }

    public List<Member> getMembers() {
        return members;
    }

    public List<Member> getEligible() {
        return eligible;
    }

    public List<Long> getChosen() {
        return chosen;
    }

    public void setChosen(List<Long> chosen) {
        this.chosen = chosen;
    }
}
