package org.plenary.identity.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.identity.Languages;
import org.plenary.identity.Organisation;
import org.plenary.identity.Region;
import org.plenary.identity.Role;
import org.plenary.identity.User;
import org.plenary.identity.UserForm;
import org.plenary.identity.application.OrganisationService;
import org.plenary.identity.application.UserService;
import org.plenary.platform.web.Messages;

/**
 * The admin's list of users with its edit dialog: roles, organisation, language, time zone, password, and a
 * secretariat user's regional portfolio.
 */
@Named
@ViewScoped
public class UsersAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    OrganisationService organisations;

    private List<User> all;
    private List<Organisation> organisationChoices;
    private Long editingId;
    private long editingVersion;
    private String email;
    private String fullName;
    private Long organisationId;
    private String preferredLanguage = Languages.DEFAULT;
    private String timeZone = "UTC";
    private List<Role> roles = new ArrayList<>();
    private boolean active = true;
    private String password;
    private List<Region> regions = new ArrayList<>();
    private Set<Region> regionsBefore = EnumSet.noneOf(Region.class);

    @PostConstruct
    void load() {
        all = users.list();
        organisationChoices = organisations.listForAdministration();
    }

    public void startNew() {
        editingId = null;
        editingVersion = 0;
        email = null;
        fullName = null;
        organisationId = null;
        preferredLanguage = Languages.DEFAULT;
        timeZone = "UTC";
        roles = new ArrayList<>();
        active = true;
        password = null;
        regions = new ArrayList<>();
        regionsBefore = EnumSet.noneOf(Region.class);
    }

    public void edit(User user) {
        editingId = user.getId();
        editingVersion = user.getVersion();
        email = user.getEmail();
        fullName = user.getFullName();
        organisationId = user.getOrganisation().getId();
        preferredLanguage = user.getPreferredLanguage();
        timeZone = user.getTimeZone();
        roles = new ArrayList<>(user.getRoles());
        active = user.isActive();
        password = null;
        regionsBefore = users.regions(user.getId());
        regions = new ArrayList<>(regionsBefore);
    }

    public void save() {
        Set<Role> chosen = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        UserForm form = new UserForm(email, fullName, organisationId, preferredLanguage, timeZone, chosen, active,
                password);
        User saved = editingId == null ? users.create(form) : users.update(editingId, editingVersion, form);
        Set<Region> covered = regions == null || regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions);
        if (!covered.equals(regionsBefore)) {
            users.changeRegions(saved.getId(), covered);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces.getViewRoot().getLocale(), "user.saved", email), null));
        load();
        startNew();
    }

    public List<Region> getRegions() {
        return regions;
    }

    public void setRegions(List<Region> regions) {
        this.regions = regions;
    }

    public Region[] getAllRegions() {
        return Region.values();
    }

    public List<String> getLanguages() {
        return Languages.SUPPORTED;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<String> completeTimeZone(String query) {
        String q = query == null ? "" : query.toLowerCase(java.util.Locale.ROOT);
        return java.time.ZoneId.getAvailableZoneIds().stream().filter(z -> z.toLowerCase(java.util.Locale.ROOT)
                .contains(q)).sorted().limit(20).toList();
    }

    public List<User> getAll() {
        return all;
    }

    public List<Organisation> getOrganisationChoices() {
        return organisationChoices;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
