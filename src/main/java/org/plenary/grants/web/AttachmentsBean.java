package org.plenary.grants.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.plenary.grants.AttachmentInfo;
import org.plenary.grants.AttachmentType;
import org.plenary.grants.application.AttachmentService;
import org.plenary.platform.web.Messages;

/**
 * The attachments part of an application, on the applicant's form (upload and remove while it is a
 * draft) and in the secretariat's view (download). Downloads are links to the API, which checks
 * and audits each one. Adapts the page to {@link AttachmentService} only.
 */
@Named
@ViewScoped
public class AttachmentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttachmentService attachments;

    private final Map<Long, List<AttachmentInfo>> lists = new HashMap<>();

    /** The application's attachments, read once per view and again after a change. */
    public List<AttachmentInfo> of(Long applicationId) {
        if (applicationId == null) {
            return List.of();
        }
        return lists.computeIfAbsent(applicationId, attachments::list);
    }

    /** p:fileUpload listener; the application's id comes in the component's attribute applicationId. */
    public void upload(FileUploadEvent event) throws IOException {
        long applicationId = ((Number) event.getComponent().getAttributes().get("applicationId")).longValue();
        UploadedFile file = event.getFile();
        AttachmentInfo added = attachments.add(applicationId, file.getFileName(),
                attachments.readLimited(file.getInputStream()));
        lists.remove(applicationId);
        message("attachment.added", added.fileName());
    }

    public void remove(AttachmentInfo attachment) {
        attachments.remove(attachment.applicationId(), attachment.id());
        lists.remove(attachment.applicationId());
        message("attachment.removed", attachment.fileName());
    }

    public String downloadPath(AttachmentInfo attachment) {
        return "/api/applications/" + attachment.applicationId() + "/attachments/" + attachment.id();
    }

    public long getMaxBytes() {
        return attachments.maxBytes();
    }

    public int getMaxCount() {
        return AttachmentService.MAX_PER_APPLICATION;
    }

    public String getAcceptedEndings() {
        return AttachmentType.acceptedEndings();
    }

    /** For the file chooser: the same endings, comma-separated without spaces. */
    public String getAccept() {
        return AttachmentType.acceptedEndings().replace(" ", "");
    }

    /** The upload field's own check before sending (saves a slow connection a long upload); the server checks again. */
    public String getTooLargeMessage() {
        return text("attachment.tooLarge", attachments.maxBytes() / (1024 * 1024));
    }

    public String getWrongTypeMessage() {
        return text("attachment.typeNotAllowed", AttachmentType.acceptedEndings());
    }

    /** For the upload field's allowTypes: the accepted endings as a JavaScript regular expression. */
    public String getAllowTypes() {
        return "/\\.(" + AttachmentType.acceptedEndings().replace(".", "").replace(", ", "|") + ")$/i";
    }

    private static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Messages.text(faces.getViewRoot().getLocale(), key, arguments);
    }

    private static void message(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces.getViewRoot().getLocale(), key, arguments), null));
    }
}
