package org.plenary.identity.web;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.identity.Region;
import org.plenary.identity.application.OrganisationService;

/** Member organisations per region, for the network staff's landing pages. */
@Named
@RequestScoped
public class NetworkOverviewBean {

    @Inject
    OrganisationService organisations;

    private Map<Region, Long> counts;

    public Map<Region, Long> getCountsByRegion() {
        if (counts == null) {
            counts = organisations.countByRegion();
        }
        return counts;
    }

    public long getTotal() {
        return getCountsByRegion().values().stream().mapToLong(Long::longValue).sum();
    }
}
