package org.plenary.notifications.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.notifications.OutboxMessage;
import org.plenary.notifications.OutboxStatus;
import org.plenary.notifications.application.OutboxService;
import org.plenary.platform.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The admin's outbox: messages newest first, a page at a time, filtered by status and recipient. */
@Named
@ViewScoped
public class OutboxBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxService outbox;

    private OutboxStatus status;
    private String recipient;
    private OutboxMessage shown;

    private final LazyDataModel<OutboxMessage> messages = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, outbox.count(status, recipient));
        }

        @Override
        public List<OutboxMessage> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            return outbox.page(status, recipient, first, pageSize).messages();
        }

        @Override
        public String getRowKey(OutboxMessage message) {
            return String.valueOf(message.getId());
        }
    };

    public void show(long id) {
        shown = outbox.get(id);
    }

    public void retryFailed() {
        int requeued = outbox.retryFailed();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces.getViewRoot().getLocale(), "outbox.requeued", requeued), null));
    }

    public boolean isSmtpConfigured() {
        return outbox.smtpConfigured();
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }

    public LazyDataModel<OutboxMessage> getMessages() {
        return messages;
    }

    public OutboxMessage getShown() {
        return shown;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public void setStatus(OutboxStatus status) {
        this.status = status;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
