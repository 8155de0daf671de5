package org.plenary.grants;

/** Narrative and financial reports a grantee owes: interim ones during the project, one final. */
public enum ReportKind {
    INTERIM, FINAL
}
