package org.plenary.grants.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.grants.ApplicationForm;
import org.plenary.grants.ApplicationStatus;
import org.plenary.grants.GrantApplication;
import org.plenary.grants.application.ApplicationService;
import org.plenary.platform.web.Messages;

/**
 * The applicant's application form, in steps (project, budget, declarations). Drafts save at any
 * step; submitting checks everything. Adapts the page to {@link ApplicationService} only.
 */
@Named
@ViewScoped
public class ApplicationFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService applications;

    private Long id;
    private Long callId;
    private GrantApplication application;
    private String projectTitle;
    private String summary;
    private String objectives;
    private String activities;
    private String countries;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal requestedAmount;
    private List<LineRow> budget = new ArrayList<>();
    private boolean declaresAccuracy;
    private boolean acceptsDataUse;
    private String answer;

    /** viewAction: ?call= starts or resumes the organisation's application; ?id= opens one. */
    public void load() {
        application = id != null ? applications.get(id) : applications.startOrResume(callId);
        id = application.getId();
        ApplicationForm form = application.asForm();
        projectTitle = form.projectTitle();
        summary = form.summary();
        objectives = form.objectives();
        activities = form.activities();
        countries = String.join(", ", form.countries());
        startDate = form.startDate();
        endDate = form.endDate();
        requestedAmount = form.requestedAmount();
        budget = new ArrayList<>(form.budget().stream().map(l -> new LineRow(l.category(), l.description(), l.amount()))
                .toList());
        if (budget.isEmpty()) {
            budget.add(new LineRow(null, null, null));
        }
        declaresAccuracy = Boolean.TRUE.equals(form.declaresAccuracy());
        acceptsDataUse = Boolean.TRUE.equals(form.acceptsDataUse());
    }

    public void saveDraft() {
        application = applications.saveDraft(id, application.getVersion(), form());
        message("application.draftSaved");
    }

    public String submit() {
        application = applications.submit(id, application.getVersion(), form());
        message("application.submittedMessage", application.getProjectTitle());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/applicant/applications?faces-redirect=true";
    }

    public void sendAnswer() {
        application = applications.answerClarification(id, answer);
        answer = null;
        message("clarification.sent");
    }

    public void addLine() {
        budget.add(new LineRow(null, null, null));
    }

    public void removeLine(LineRow row) {
        budget.remove(row);
    }

    public BigDecimal getBudgetTotal() {
        return budget.stream().map(LineRow::getAmount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private ApplicationForm form() {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        if (countries != null) {
            Arrays.stream(countries.split("[,;\\s]+")).map(String::trim).filter(c -> !c.isEmpty())
                    .map(c -> c.toUpperCase(Locale.ROOT)).forEach(codes::add);
        }
        return new ApplicationForm(projectTitle, summary, objectives, activities, codes, startDate, endDate,
                requestedAmount, budget.stream().filter(l -> !l.isEmpty())
                        .map(l -> new ApplicationForm.BudgetLineForm(l.getCategory(), l.getDescription(), l.getAmount()))
                        .toList(), declaresAccuracy, acceptsDataUse);
    }

    private static void message(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces.getViewRoot().getLocale(), key, arguments), null));
    }

    public boolean isEditable() {
        return application != null && application.getStatus() == ApplicationStatus.DRAFT;
    }

    public boolean isQuestionOpen() {
        return application != null && application.getStatus() == ApplicationStatus.CLARIFICATION_REQUESTED;
    }

    /** An editable budget line. */
    public static class LineRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String category;
        private String description;
        private BigDecimal amount;

        LineRow(String category, String description, BigDecimal amount) {
            this.category = category;
            this.description = description;
            this.amount = amount;
        }

        boolean isEmpty() {
            return (category == null || category.isBlank()) && (description == null || description.isBlank())
                    && amount == null;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    public GrantApplication getApplication() {
        return application;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public void setProjectTitle(String projectTitle) {
        this.projectTitle = projectTitle;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getActivities() {
        return activities;
    }

    public void setActivities(String activities) {
        this.activities = activities;
    }

    public String getCountries() {
        return countries;
    }

    public void setCountries(String countries) {
        this.countries = countries;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public void setRequestedAmount(BigDecimal requestedAmount) {
        this.requestedAmount = requestedAmount;
    }

    public List<LineRow> getBudget() {
        return budget;
    }

    public boolean isDeclaresAccuracy() {
        return declaresAccuracy;
    }

    public void setDeclaresAccuracy(boolean declaresAccuracy) {
        this.declaresAccuracy = declaresAccuracy;
    }

    public boolean isAcceptsDataUse() {
        return acceptsDataUse;
    }

    public void setAcceptsDataUse(boolean acceptsDataUse) {
        this.acceptsDataUse = acceptsDataUse;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
