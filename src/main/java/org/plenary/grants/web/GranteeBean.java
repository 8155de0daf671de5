package org.plenary.grants.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.grants.GrantAgreement;
import org.plenary.grants.GrantApplication;
import org.plenary.grants.GrantPayment;
import org.plenary.grants.GrantReport;
import org.plenary.grants.PaymentDetails;
import org.plenary.grants.ReportStatus;
import org.plenary.grants.application.AgreementService;
import org.plenary.grants.application.ApplicationService;
import org.plenary.grants.application.PaymentService;
import org.plenary.grants.application.ReportService;
import org.plenary.platform.web.Feedback;

/** The applicant's page of a submitted application: where it stands, the agreement, reports and payments. */
@Named
@ViewScoped
public class GranteeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService applications;

    @Inject
    AgreementService agreements;

    @Inject
    PaymentService payments;

    @Inject
    ReportService reports;

    private Long id;
    private GrantApplication application;
    private boolean acceptsTerms;
    private String accountHolder;
    private String bankName;
    private String accountNumber;
    private String swiftCode;
    private String narrative;
    private List<BigDecimal> spending;

    /** viewAction of applicant/grant.xhtml?id= */
    public void load() {
        application = applications.get(id);
        spending = new ArrayList<>(application.getBudget().stream().map(l -> (BigDecimal) null).toList());
        GrantReport open = getOpenReport();
        if (open != null && open.getNarrative() != null) {
            narrative = open.getNarrative();
            spending = new ArrayList<>(open.getSpending());
        }
    }

    public String accept() {
        agreements.accept(id, acceptsTerms, new PaymentDetails(accountHolder, bankName, accountNumber, swiftCode));
        Feedback.info("agreement.acceptedMessage");
        return "/applicant/grant?faces-redirect=true&id=" + id;
    }

    public String submitReport() {
        reports.submit(id, getOpenReport().getId(), narrative, spending);
        Feedback.info("report.submittedMessage");
        return "/applicant/grant?faces-redirect=true&id=" + id;
    }

    /** The report the grantee can write now: open (its window has begun) or sent back for revision. */
    public GrantReport getOpenReport() {
        Instant now = Instant.now();
        return getReports().stream().filter(r -> r.getStatus() == ReportStatus.REVISION_REQUESTED
                || r.getStatus() == ReportStatus.OPEN
                || r.getStatus() == ReportStatus.PLANNED && !r.getOpensAt().isAfter(now))
                .findFirst().orElse(null);
    }

    public GrantAgreement getAgreement() {
        return agreements.get(id);
    }

    public List<GrantPayment> getPayments() {
        return payments.payments(id);
    }

    public List<GrantReport> getReports() {
        return reports.reports(id);
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

    public boolean isAcceptsTerms() {
        return acceptsTerms;
    }

    public void setAcceptsTerms(boolean acceptsTerms) {
        this.acceptsTerms = acceptsTerms;
    }

    public String getAccountHolder() {
        return accountHolder;
    }

    public void setAccountHolder(String accountHolder) {
        this.accountHolder = accountHolder;
    }

    public String getBankName() {
        return bankName;
    }

    public void setBankName(String bankName) {
        this.bankName = bankName;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getSwiftCode() {
        return swiftCode;
    }

    public void setSwiftCode(String swiftCode) {
        this.swiftCode = swiftCode;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public List<BigDecimal> getSpending() {
        return spending;
    }
}
