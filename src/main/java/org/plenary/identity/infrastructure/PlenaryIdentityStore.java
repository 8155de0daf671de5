package org.plenary.identity.infrastructure;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.plenary.identity.Caller;
import org.plenary.identity.Role;
import org.plenary.identity.application.LoginAttempts;

/** Jakarta Security's view of our users table: email and password in, email and role keys out. */
@ApplicationScoped
public class PlenaryIdentityStore implements IdentityStore {

    @Inject
    LoginAttempts attempts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        boolean interactive = credential instanceof InteractiveCredential;
        if (!interactive) {
            Optional<Caller> recent = attempts.recentlyVerified(login.getCaller(), login.getPasswordAsString());
            if (recent.isPresent()) {
                return result(recent.get());
            }
        }
        return attempts.check(login.getCaller(), login.getPasswordAsString(), interactive)
                .map(PlenaryIdentityStore::result)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    static CredentialValidationResult result(Caller caller) {
        Set<String> groups = caller.roles().stream().map(Role::key).collect(Collectors.toSet());
        return new CredentialValidationResult(caller.email(), groups);
    }
}
