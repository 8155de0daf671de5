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

import org.plenary.identity.MembershipStatus;
import org.plenary.identity.Organisation;
import org.plenary.identity.OrganisationForm;
import org.plenary.identity.OrganisationKind;
import org.plenary.identity.Region;
import org.plenary.identity.application.OrganisationService;
import org.plenary.platform.web.Messages;

/** The admin's list of member organisations with its edit dialog. */
@Named
@ViewScoped
public class OrganisationsAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    private List<Organisation> all;
    private Long editingId;
    private long editingVersion;
    private String name;
    private String country;
    private Region region;
    private List<OrganisationKind> kinds = new ArrayList<>();
    private MembershipStatus membershipStatus = MembershipStatus.ACTIVE;

    @PostConstruct
    void load() {
        all = organisations.listForAdministration();
    }

    public void startNew() {
        editingId = null;
        editingVersion = 0;
        name = null;
        country = null;
        region = null;
        kinds = new ArrayList<>();
        membershipStatus = MembershipStatus.ACTIVE;
    }

    public void edit(Organisation organisation) {
        editingId = organisation.getId();
        editingVersion = organisation.getVersion();
        name = organisation.getName();
        country = organisation.getCountry();
        region = organisation.getRegion();
        kinds = new ArrayList<>(organisation.getKinds());
        membershipStatus = organisation.getMembershipStatus();
    }

    public void save() {
        Set<OrganisationKind> chosen = kinds.isEmpty() ? EnumSet.noneOf(OrganisationKind.class) : EnumSet.copyOf(kinds);
        OrganisationForm form = new OrganisationForm(name, country, region, chosen, membershipStatus);
        if (editingId == null) {
            organisations.create(form);
        } else {
            organisations.update(editingId, editingVersion, form);
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces.getViewRoot().getLocale(), "organisation.saved", name), null));
        load();
        startNew();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public OrganisationKind[] getAllKinds() {
        return OrganisationKind.values();
    }

    public MembershipStatus[] getStatuses() {
        return MembershipStatus.values();
    }

    public List<Organisation> getAll() {
        return all;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public List<OrganisationKind> getKinds() {
        return kinds;
    }

    public void setKinds(List<OrganisationKind> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }

    public MembershipStatus getMembershipStatus() {
        return membershipStatus;
    }

    public void setMembershipStatus(MembershipStatus membershipStatus) {
        this.membershipStatus = membershipStatus;
    }
}
