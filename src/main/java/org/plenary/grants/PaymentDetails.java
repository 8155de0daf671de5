package org.plenary.grants;

import java.util.Locale;

import org.plenary.platform.InvalidInputException;

/** Where a grant is paid: bank and account. Sensitive: sealed at rest, shown masked. */
public record PaymentDetails(String accountHolder, String bankName, String accountNumber, String swiftCode) {

    public void check() {
        if (blank(accountHolder) || blank(bankName) || blank(accountNumber)) {
            throw new InvalidInputException("agreement.paymentDetailsRequired");
        }
        String digits = accountNumber.replaceAll("[\\s-]", "");
        if (!digits.matches("[A-Za-z0-9]{6,34}")) {
            throw new InvalidInputException("agreement.accountNumberInvalid");
        }
        if (swiftCode != null && !swiftCode.isBlank() && !swiftCode.trim().matches("[A-Za-z0-9]{8}([A-Za-z0-9]{3})?")) {
            throw new InvalidInputException("agreement.swiftInvalid");
        }
        if (accountHolder.length() > 200 || bankName.length() > 200) {
            throw new InvalidInputException("agreement.paymentDetailsTooLong", 200);
        }
    }

    /** "Bank name, account ending 1234": what screens and mails may show. */
    public String masked() {
        String digits = accountNumber.replaceAll("[\\s-]", "");
        return bankName.trim() + " ••••" + digits.substring(Math.max(0, digits.length() - 4)).toUpperCase(Locale.ROOT);
    }

    /** One line per field, as sealed and as revealed. */
    public String asText() {
        return "Account holder: " + accountHolder.trim() + "\nBank: " + bankName.trim() + "\nAccount: "
                + accountNumber.trim() + "\nSWIFT/BIC: " + (swiftCode == null ? "" : swiftCode.trim());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
