package org.plenary.platform.persistence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small set of enum values kept in one comma-separated column ("AFRICA,ASIA"). Entities hold
 * the column text and convert in their accessors (EclipseLink 4 does not apply an
 * AttributeConverter to a Set-typed basic attribute).
 */
public final class EnumSetColumn {

    private EnumSetColumn() {
    }

    public static String format(Set<? extends Enum<?>> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> EnumSet<E> parse(String column, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(v -> Enum.valueOf(type, v)).forEach(values::add);
        }
        return values;
    }
}
