package org.plenary.inbox.application;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.identity.Caller;
import org.plenary.identity.User;
import org.plenary.identity.application.CallerProvider;
import org.plenary.inbox.DigestPreferences;
import org.plenary.inbox.DigestSetting;
import org.plenary.inbox.infrastructure.DigestStore;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.ConcurrentChangeException;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.persistence.PlenaryDataSourceDefinition;

/** The signed-in user's own digest setting: read it, turn it on or off, choose its hour. Audited. */
@ApplicationScoped
public class DigestSettingsService {

    @Resource(lookup = PlenaryDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    AuditTrail audit;

    @Transactional
    public DigestPreferences mine() {
        User user = me(callers.current());
        return preferences(user, read(user.getId()));
    }

    @Transactional
    public DigestPreferences change(Boolean enabled, Integer hour) {
        Caller caller = callers.current();
        User user = me(caller);
        if (enabled == null) {
            throw new InvalidInputException("digest.enabledRequired");
        }
        DigestSetting.requireHour(hour);
        DigestSetting before = read(user.getId());
        try (Connection connection = dataSource.getConnection()) {
            DigestStore.choose(connection, user.getId(), enabled, hour);
        } catch (SQLException e) {
            // the digest job wrote the user's first row at the same moment: the client may simply try again
            throw new ConcurrentChangeException();
        }
        DigestPreferences after = preferences(user, read(user.getId()));
        audit.record(caller, new AuditEntry("inbox.digest.changed", "User", user.getId().toString(),
                user.getOrganisation().getId(), snapshot(preferences(user, before)), snapshot(after)));
        return after;
    }

    private static String snapshot(DigestPreferences preferences) {
        return AuditSnapshot.with("enabled", preferences.enabled()).and("chosen", preferences.chosen())
                .and("hour", preferences.hour()).json();
    }

    private static DigestPreferences preferences(User user, DigestSetting setting) {
        return new DigestPreferences(setting.enabledFor(user.getRoles()), setting.chosen() != null, setting.hour(),
                user.getTimeZone(), setting.lastDigestAt());
    }

    private DigestSetting read(long userId) {
        try (Connection connection = dataSource.getConnection()) {
            return DigestStore.find(connection, userId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the digest setting", e);
        }
    }

    private User me(Caller caller) {
        if (!caller.isUser()) {
            throw new AccessDeniedException();
        }
        return em.find(User.class, caller.userId());
    }
}
