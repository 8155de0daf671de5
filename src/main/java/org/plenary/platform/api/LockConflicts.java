package org.plenary.platform.api;

import java.sql.SQLException;
import java.util.Set;

/** SQL errors that mean "someone else held the lock": worth trying again, nothing was changed. */
final class LockConflicts {

    /** 40001: serialization failure / deadlock (MySQL, MariaDB, H2); HYT00: H2 lock timeout; 1205: MySQL lock wait timeout. */
    private static final Set<String> STATES = Set.of("40001", "HYT00");

    private LockConflicts() {
    }

    static boolean isLockConflict(SQLException e) {
        return e.getSQLState() != null && STATES.contains(e.getSQLState()) || e.getErrorCode() == 1205 || e.getErrorCode() == 1213;
    }
}
