package org.plenary.grants;

/** A call is drafted, opened, closed at its deadline (by a BPMN timer) and archived. */
public enum CallStatus {
    DRAFT, OPEN, CLOSED, ARCHIVED
}
