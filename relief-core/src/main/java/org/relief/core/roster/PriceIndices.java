package org.relief.core.roster;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.relief.core.model.AdminCode;

/**
 * The price indices published so far (a port: the server keeps them in its database). The
 * in-memory implementation is {@link #inMemory()}.
 */
public interface PriceIndices {
    /** The indices of {@code province} for {@code month}, once published. */
    Optional<PriceIndex> find(AdminCode province, YearMonth month);

    /** Records (or replaces) the indices of a province and month. */
    void publish(PriceIndex index);

    /** A thread-safe in-memory store of indices. */
    static PriceIndices inMemory() {
        Map<String, PriceIndex> map = new ConcurrentHashMap<>();
        return new PriceIndices() {
            @Override
            public Optional<PriceIndex> find(AdminCode province, YearMonth month) {
                return Optional.ofNullable(map.get(province.value() + "|" + month));
            }

            @Override
            public void publish(PriceIndex index) {
                map.put(index.province().value() + "|" + index.month(), index);
            }
        };
    }
}
