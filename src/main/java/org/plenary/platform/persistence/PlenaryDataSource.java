package org.plenary.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.plenary.platform.config.PlenarySettings;

/**
 * The physical data source behind the container's connection pool (see {@link PlenaryDataSourceDefinition}).
 * It reads plenary.db.url / user / password (PLENARY_DB_URL ... in the environment) and picks the
 * driver from the URL, so that one build runs on the embedded H2 file or on MySQL/MariaDB.
 */
public class PlenaryDataSource implements DataSource {

    private volatile Driver driver;
    private volatile String url;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", PlenarySettings.get(PlenarySettings.DB_USER, defaultUser()));
        properties.setProperty("password", PlenarySettings.get(PlenarySettings.DB_PASSWORD, ""));
        return connect(properties);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        if (username == null || username.isEmpty()) {
            return getConnection();
        }
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password == null ? "" : password);
        return connect(properties);
    }

    private Connection connect(Properties properties) throws SQLException {
        Connection connection = driver().connect(url(), properties);
        if (connection == null) {
            throw new SQLException("No driver accepted the configured database URL");
        }
        return connection;
    }

    private String url() {
        if (url == null) {
            url = DatabaseUrl.complete(PlenarySettings.get(PlenarySettings.DB_URL, ""), PlenarySettings.dataDirectory());
        }
        return url;
    }

    private static String defaultUser() {
        return DatabaseUrl.isH2(DatabaseUrl.complete(PlenarySettings.get(PlenarySettings.DB_URL, ""),
                PlenarySettings.dataDirectory())) ? "sa" : "root";
    }

    private Driver driver() {
        if (driver == null) {
            driver = DatabaseUrl.isH2(url()) ? new org.h2.Driver() : newMySqlDriver();
        }
        return driver;
    }

    private static Driver newMySqlDriver() {
        try {
            return new com.mysql.cj.jdbc.Driver();
        } catch (SQLException e) {
            throw new IllegalStateException("MySQL driver unavailable", e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // nothing to log to
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
