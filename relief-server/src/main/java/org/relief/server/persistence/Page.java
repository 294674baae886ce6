package org.relief.server.persistence;

import java.util.List;

/** One page of a list: items, page number (from 1), size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
