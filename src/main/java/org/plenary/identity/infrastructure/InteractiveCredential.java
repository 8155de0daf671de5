package org.plenary.identity.infrastructure;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** Credentials typed into the sign-in form (as opposed to HTTP Basic on each API call). */
public class InteractiveCredential extends UsernamePasswordCredential {

    public InteractiveCredential(String email, String password) {
        super(email, new Password(password));
    }
}
