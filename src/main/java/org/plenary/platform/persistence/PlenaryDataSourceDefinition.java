package org.plenary.platform.persistence;

import java.sql.Connection;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one container-managed connection pool: JPA, Flyway and Flowable all use it, so a JPA write
 * and a Flowable change share one JTA transaction without XA. READ COMMITTED because Flowable
 * deadlocks under MySQL's default REPEATABLE READ.
 */
@DataSourceDefinition(
        name = PlenaryDataSourceDefinition.JNDI_NAME,
        className = "org.plenary.platform.persistence.PlenaryDataSource",
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        transactional = true,
        minPoolSize = 2,
        maxPoolSize = 64)
@Singleton
public class PlenaryDataSourceDefinition {

    public static final String JNDI_NAME = "java:app/jdbc/plenary";
}
