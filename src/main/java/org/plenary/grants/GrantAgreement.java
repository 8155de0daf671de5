package org.plenary.grants;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.plenary.platform.InvalidInputException;

/**
 * The grant agreement: terms accepted by the grantee with their payment details (held only as
 * ciphertext, shown masked), then countersigned by the secretariat.
 */
@Entity
@Table(name = "grant_agreement")
public class GrantAgreement {

    public static final String TERMS_VERSION = "2026-1";

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "terms_version", nullable = false, length = 32)
    private String termsVersion;

    @Column(name = "accepted_by", nullable = false, length = 254)
    private String acceptedBy;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    @Column(name = "payment_details", nullable = false, length = 8000)
    private String encryptedPaymentDetails;

    @Column(name = "payment_masked", nullable = false, length = 100)
    private String maskedPaymentDetails;

    @Column(name = "countersigned_by", length = 254)
    private String countersignedBy;

    @Column(name = "countersigned_at")
    private Instant countersignedAt;

    @Version
    private long version;

    protected GrantAgreement() {
    }

    public GrantAgreement(long applicationId, String acceptedBy, Instant acceptedAt, String encryptedPaymentDetails,
            String maskedPaymentDetails) {
        this.applicationId = applicationId;
        this.termsVersion = TERMS_VERSION;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = acceptedAt;
        this.encryptedPaymentDetails = encryptedPaymentDetails;
        this.maskedPaymentDetails = maskedPaymentDetails;
    }

    public void countersign(String by, Instant at) {
        if (countersignedAt != null) {
            throw new InvalidInputException("agreement.alreadyCountersigned");
        }
        countersignedBy = by;
        countersignedAt = at;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getEncryptedPaymentDetails() {
        return encryptedPaymentDetails;
    }

    public String getMaskedPaymentDetails() {
        return maskedPaymentDetails;
    }

    public String getCountersignedBy() {
        return countersignedBy;
    }

    public Instant getCountersignedAt() {
        return countersignedAt;
    }
}
