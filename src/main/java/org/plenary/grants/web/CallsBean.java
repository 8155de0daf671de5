package org.plenary.grants.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.grants.GrantCall;
import org.plenary.grants.application.CallService;
import org.plenary.platform.web.Messages;

/** The secretariat's list of calls, and the open calls an applicant's organisation may apply to. */
@Named
@ViewScoped
public class CallsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallService calls;

    private List<GrantCall> all;
    private List<GrantCall> openToMe;

    public List<GrantCall> getAll() {
        if (all == null) {
            all = calls.all();
        }
        return all;
    }

    public List<GrantCall> getOpenToMe() {
        if (openToMe == null) {
            openToMe = calls.openToMyOrganisation();
        }
        return openToMe;
    }

    public void archive(GrantCall call) {
        GrantCall archived = calls.archive(call.getId(), call.getVersion());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces.getViewRoot().getLocale(), "call.archived", archived.getTitle()), null));
        all = null;
    }
}
