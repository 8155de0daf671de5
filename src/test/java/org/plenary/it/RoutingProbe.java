package org.plenary.it;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Test-only endpoint deployed with CallTeamRoutingIT: the audit actions recorded on one object. */
@Path("it/routing")
@RequestScoped
public class RoutingProbe {

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @GET
    @Path("audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public List<String> audit(@QueryParam("type") String type, @QueryParam("id") String id) {
        return em.createQuery("select e.action from AuditEvent e where e.objectType = :type and e.objectId = :id "
                + "order by e.id", String.class).setParameter("type", type).setParameter("id", id).getResultList();
    }
}
