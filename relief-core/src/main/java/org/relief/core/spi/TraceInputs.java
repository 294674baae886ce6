package org.relief.core.spi;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The inputs of one trace entry, in the order the rule recorded them: an immutable map over two small
 * arrays. A rule's {@link Applied} hands its inputs over as one of these, which the trace entry keeps
 * as it is (issue 19: no hashed copy per entry).
 */
public final class TraceInputs extends AbstractMap<String, String> {
    private static final TraceInputs EMPTY = new TraceInputs(new String[0], new String[0]);

    private final String[] names;
    private final String[] values;

    private TraceInputs(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    /** The first {@code size} names and values, copied; no name or value may be null. */
    static TraceInputs of(String[] names, String[] values, int size) {
        if (size == 0) {
            return EMPTY;
        }
        String[] n = new String[size];
        String[] v = new String[size];
        for (int i = 0; i < size; i++) {
            n[i] = Objects.requireNonNull(names[i], "input name");
            v[i] = Objects.requireNonNull(values[i], "input value");
        }
        return new TraceInputs(n, v);
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < names.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (i >= names.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, String> e = new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                        i++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
