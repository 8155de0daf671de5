package org.plenary.identity.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.plenary.identity.Languages;
import org.plenary.identity.Role;
import org.plenary.identity.User;
import org.plenary.identity.application.UserService;

/**
 * The signed-in user as the layout needs them: name, organisation, roles for the menu, language
 * for the texts, time zone for every time shown. Sign-out lives here too.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUserBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    private transient User user;
    private boolean looked;

    public User getUser() {
        if (!looked) {
            looked = true;
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            user = request.getUserPrincipal() == null ? null : users.me();
        }
        return user;
    }

    public boolean isSignedIn() {
        return getUser() != null;
    }

    public boolean has(String roleKey) {
        return isSignedIn() && getUser().hasRole(Role.fromKey(roleKey));
    }

    /** The user's roles in menu order. */
    public List<Role> getRoles() {
        if (!isSignedIn()) {
            return List.of();
        }
        return Arrays.stream(Role.values()).filter(getUser()::hasRole).toList();
    }

    public Locale getLocale() {
        if (isSignedIn()) {
            return Locale.forLanguageTag(getUser().getPreferredLanguage());
        }
        Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
        return requested != null && Languages.isSupported(requested.getLanguage())
                ? Locale.forLanguageTag(requested.getLanguage()) : Locale.ENGLISH;
    }

    public ZoneId getZone() {
        return isSignedIn() ? ZoneId.of(getUser().getTimeZone()) : ZoneId.of("UTC");
    }

    /** A stored UTC instant in the user's time zone and language. */
    /** Now, to mark what is due or overdue on screens. */
    public Instant getNow() {
        return Instant.now();
    }

    /** A country's name in the user's language from its ISO code (the code itself when unknown). */
    public String country(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return "";
        }
        String name = new Locale("", isoCode).getDisplayCountry(getLocale());
        return name.isBlank() ? isoCode : name;
    }

    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(getZone()).format(instant) + " (" + getZone().getId() + ")";
    }

    /** Sends the user to the landing page of their first role. */
    public void goToLandingPage() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        List<Role> roles = getRoles();
        String target = roles.isEmpty() ? "/login.xhtml" : roles.get(0).landingPage();
        external.redirect(external.getRequestContextPath() + target);
    }

    public void signOut() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        faces.responseComplete();
    }
}
