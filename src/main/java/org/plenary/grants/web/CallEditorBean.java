package org.plenary.grants.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.grants.CallForm;
import org.plenary.grants.CallStatus;
import org.plenary.grants.GrantCall;
import org.plenary.grants.Pillar;
import org.plenary.grants.PriorityArea;
import org.plenary.grants.ReleaseEvent;
import org.plenary.grants.ReportKind;
import org.plenary.grants.application.CallService;
import org.plenary.identity.OrganisationKind;
import org.plenary.identity.Region;
import org.plenary.identity.web.CurrentUserBean;
import org.plenary.platform.web.Messages;

/** The secretariat's call form: adapts the page (times in the user's zone, editable rows) to a {@link CallForm}. */
@Named
@ViewScoped
public class CallEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallService calls;

    @Inject
    CurrentUserBean currentUser;

    private Long id;
    private long version;
    private CallStatus status;
    private String title;
    private String description;
    private String programme;
    private List<PriorityArea> priorityAreas = new ArrayList<>();
    private List<Pillar> pillars = new ArrayList<>();
    private List<Region> regions = new ArrayList<>();
    private List<OrganisationKind> kinds = new ArrayList<>();
    private String currency = "USD";
    private BigDecimal envelope;
    private BigDecimal minimumGrant;
    private BigDecimal maximumGrant;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private Integer reviewers = 2;
    private boolean multiple;
    private List<CriterionRow> rubric = new ArrayList<>();
    private List<ReportRow> reports = new ArrayList<>();
    private List<TrancheRow> tranches = new ArrayList<>();
    private ZoneId zone;

    /** Called from the page's viewAction: an existing call (?id=) or a new one with sensible rows. */
    public void load() {
        zone = currentUser.getZone();
        if (id == null) {
            rubric.add(new CriterionRow("Relevance to the call's priorities", 40));
            rubric.add(new CriterionRow("Feasibility and budget", 30));
            rubric.add(new CriterionRow("Community involvement", 30));
            reports.add(new ReportRow(ReportKind.FINAL, 30));
            tranches.add(new TrancheRow(100, ReleaseEvent.AGREEMENT_SIGNED));
            return;
        }
        GrantCall call = calls.get(id);
        version = call.getVersion();
        status = call.getStatus();
        title = call.getTitle();
        description = call.getDescription();
        programme = call.getProgramme();
        priorityAreas = new ArrayList<>(call.getPriorityAreas());
        pillars = new ArrayList<>(call.getPillars());
        regions = new ArrayList<>(call.getEligibleRegions());
        kinds = new ArrayList<>(call.getEligibleKinds());
        currency = call.getCurrency();
        envelope = call.getBudgetEnvelope();
        minimumGrant = call.getMinimumGrant();
        maximumGrant = call.getMaximumGrant();
        opensAt = LocalDateTime.ofInstant(call.getOpensAt(), zone);
        closesAt = LocalDateTime.ofInstant(call.getClosesAt(), zone);
        reviewers = call.getReviewersPerApplication();
        multiple = call.isMultipleApplicationsAllowed();
        rubric = new ArrayList<>(call.getRubric().stream().map(c -> new CriterionRow(c.getName(), c.getWeight(),
                String.join("\n", c.getScoreDescriptions()).strip())).toList());
        reports = new ArrayList<>(call.getReports().stream().map(r -> new ReportRow(r.getKind(), r.getDueDays())).toList());
        tranches = new ArrayList<>(call.getTranches().stream()
                .map(t -> new TrancheRow(t.getPercent(), t.getReleaseEvent())).toList());
    }

    public String save() {
        GrantCall saved = id == null ? calls.draft(form()) : calls.revise(id, version, form());
        message("call.saved", saved.getTitle());
        return "/secretariat/calls?faces-redirect=true";
    }

    public String open() {
        GrantCall saved = id == null ? calls.draft(form()) : calls.revise(id, version, form());
        GrantCall opened = calls.open(saved.getId(), saved.getVersion());
        message("call.opened", opened.getTitle());
        return "/secretariat/calls?faces-redirect=true";
    }

    private CallForm form() {
        return new CallForm(title, description, programme, set(priorityAreas, PriorityArea.class),
                set(pillars, Pillar.class), set(regions, Region.class), set(kinds, OrganisationKind.class), currency,
                envelope, minimumGrant, maximumGrant, opensAt == null ? null : opensAt.atZone(zone).toInstant(),
                closesAt == null ? null : closesAt.atZone(zone).toInstant(), reviewers, multiple,
                rubric.stream().map(r -> new CallForm.CriterionForm(r.getName(), r.getWeight(),
                        r.getScores() == null ? List.of() : Arrays.stream(r.getScores().split("\\R")).map(String::strip)
                                .limit(5).toList())).toList(),
                reports.stream().map(r -> new CallForm.ReportForm(r.getKind(), r.getDueDays())).toList(),
                tranches.stream().map(t -> new CallForm.TrancheForm(t.getPercent(), t.getReleaseEvent())).toList());
    }

    private static <E extends Enum<E>> EnumSet<E> set(List<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    private static void message(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(faces.getViewRoot().getLocale(), key, arguments), null));
    }

    public void addCriterion() {
        rubric.add(new CriterionRow("", 0));
    }

    public void removeCriterion(CriterionRow row) {
        rubric.remove(row);
    }

    public void addReport() {
        reports.add(new ReportRow(ReportKind.INTERIM, 90));
    }

    public void removeReport(ReportRow row) {
        reports.remove(row);
    }

    public void addTranche() {
        tranches.add(new TrancheRow(0, ReleaseEvent.INTERIM_REPORT_ACCEPTED));
    }

    public void removeTranche(TrancheRow row) {
        tranches.remove(row);
    }

    public boolean isEditable() {
        return id == null || status == CallStatus.DRAFT;
    }

    public Region[] getAllRegions() {
        return Region.values();
    }

    public OrganisationKind[] getAllKinds() {
        return OrganisationKind.values();
    }

    public Pillar[] getAllPillars() {
        return Pillar.values();
    }

    public PriorityArea[] getAllPriorityAreas() {
        return PriorityArea.values();
    }

    public ReportKind[] getAllReportKinds() {
        return ReportKind.values();
    }

    public ReleaseEvent[] getAllReleaseEvents() {
        return ReleaseEvent.values();
    }

    /** An editable rubric row. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Integer weight;
        private String scores;

        CriterionRow(String name, Integer weight) {
            this(name, weight, "");
        }

        CriterionRow(String name, Integer weight, String scores) {
            this.name = name;
            this.weight = weight;
            this.scores = scores;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }

        public String getScores() {
            return scores;
        }

        public void setScores(String scores) {
            this.scores = scores;
        }
    }

    /** An editable report row. */
    public static class ReportRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ReportKind kind;
        private Integer dueDays;

        ReportRow(ReportKind kind, Integer dueDays) {
            this.kind = kind;
            this.dueDays = dueDays;
        }

        public ReportKind getKind() {
            return kind;
        }

        public void setKind(ReportKind kind) {
            this.kind = kind;
        }

        public Integer getDueDays() {
            return dueDays;
        }

        public void setDueDays(Integer dueDays) {
            this.dueDays = dueDays;
        }
    }

    /** An editable tranche row. */
    public static class TrancheRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer percent;
        private ReleaseEvent releaseEvent;

        TrancheRow(Integer percent, ReleaseEvent releaseEvent) {
            this.percent = percent;
            this.releaseEvent = releaseEvent;
        }

        public Integer getPercent() {
            return percent;
        }

        public void setPercent(Integer percent) {
            this.percent = percent;
        }

        public ReleaseEvent getReleaseEvent() {
            return releaseEvent;
        }

        public void setReleaseEvent(ReleaseEvent releaseEvent) {
            this.releaseEvent = releaseEvent;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CallStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public List<PriorityArea> getPriorityAreas() {
        return priorityAreas;
    }

    public void setPriorityAreas(List<PriorityArea> priorityAreas) {
        this.priorityAreas = priorityAreas;
    }

    public List<Pillar> getPillars() {
        return pillars;
    }

    public void setPillars(List<Pillar> pillars) {
        this.pillars = pillars;
    }

    public List<Region> getRegions() {
        return regions;
    }

    public void setRegions(List<Region> regions) {
        this.regions = regions;
    }

    public List<OrganisationKind> getKinds() {
        return kinds;
    }

    public void setKinds(List<OrganisationKind> kinds) {
        this.kinds = kinds;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getEnvelope() {
        return envelope;
    }

    public void setEnvelope(BigDecimal envelope) {
        this.envelope = envelope;
    }

    public BigDecimal getMinimumGrant() {
        return minimumGrant;
    }

    public void setMinimumGrant(BigDecimal minimumGrant) {
        this.minimumGrant = minimumGrant;
    }

    public BigDecimal getMaximumGrant() {
        return maximumGrant;
    }

    public void setMaximumGrant(BigDecimal maximumGrant) {
        this.maximumGrant = maximumGrant;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getReviewers() {
        return reviewers;
    }

    public void setReviewers(Integer reviewers) {
        this.reviewers = reviewers;
    }

    public boolean isMultiple() {
        return multiple;
    }

    public void setMultiple(boolean multiple) {
        this.multiple = multiple;
    }

    public List<CriterionRow> getRubric() {
        return rubric;
    }

    public List<ReportRow> getReports() {
        return reports;
    }

    public List<TrancheRow> getTranches() {
        return tranches;
    }

    public String getZoneId() {
        return zone == null ? "" : zone.getId();
    }
}
