package org.plenary.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.application.AuditTrail;
import org.plenary.identity.MembershipStatus;
import org.plenary.identity.Organisation;
import org.plenary.identity.Region;
import org.plenary.platform.persistence.PlenaryDataSourceDefinition;

/** Test-only bean deployed with the in-container tests: writes through JPA, Flowable and the audit trail. */
@ApplicationScoped
public class TransactionProbe {

    static final String PROBE_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="https://plenary.org/test">
              <process id="probe-wait" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
                <userTask id="wait" name="Wait" flowable:candidateGroups="secretariat"/>
                <sequenceFlow id="f2" sourceRef="wait" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    AuditTrail audit;

    @Resource(lookup = PlenaryDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    @Transactional
    public void writeBoth(String marker) {
        em.persist(new Organisation(marker, "KE", Region.AFRICA, Set.of(), MembershipStatus.ACTIVE, Instant.now()));
        em.flush();
        repositoryService.createDeployment().name(marker).addString("probe-wait.bpmn20.xml", PROBE_BPMN).deploy();
        runtimeService.startProcessInstanceByKey("probe-wait", marker);
        audit.record(new AuditEntry("it.probe.written", "Probe", marker, null, null, null));
    }

    @Transactional
    public void writeBothThenFail(String marker) {
        writeBoth(marker);
        throw new IllegalStateException("failure after the JPA, Flowable and audit writes");
    }

    @Transactional
    public boolean organisationExists(String name) {
        return !em.createQuery("select o.id from Organisation o where o.name = :n", Long.class)
                .setParameter("n", name).getResultList().isEmpty();
    }

    @Transactional
    public long auditEventsFor(String objectId) {
        return em.createQuery("select count(e) from AuditEvent e where e.objectId = :id", Long.class)
                .setParameter("id", objectId).getSingleResult();
    }

    /** The isolation level the container pool hands out, inside a transaction as services see it. */
    @Transactional
    public int isolationLevel() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getTransactionIsolation();
        }
    }

    @Transactional
    public long checksRecordedFor(String processInstanceId) {
        return em.createQuery("select count(c) from AuditChainCheck c where c.processInstanceId = :p", Long.class)
                .setParameter("p", processInstanceId).getSingleResult();
    }
}
