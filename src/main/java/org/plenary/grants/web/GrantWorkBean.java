package org.plenary.grants.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.grants.GrantPayment;
import org.plenary.grants.GrantReport;
import org.plenary.grants.application.PaymentService;
import org.plenary.grants.application.ReportService;

/** The secretariat's follow-up of running grants: tranches to pay, reports due and overdue. */
@Named
@ViewScoped
public class GrantWorkBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentService payments;

    @Inject
    ReportService reports;

    private List<GrantPayment> paymentsDue;
    private List<GrantReport> reportsDue;

    public List<GrantPayment> getPaymentsDue() {
        if (paymentsDue == null) {
            paymentsDue = payments.due();
        }
        return paymentsDue;
    }

    public List<GrantReport> getReportsDue() {
        if (reportsDue == null) {
            reportsDue = reports.due();
        }
        return reportsDue;
    }
}
