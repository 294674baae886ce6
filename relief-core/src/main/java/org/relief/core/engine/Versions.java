package org.relief.core.engine;

import java.util.List;
import org.relief.core.spi.StandardValue;

/**
 * What produced a determination: the engine and module versions and every standard used, with
 * its provenance.
 */
public record Versions(String engine, String module, String moduleVersion, List<StandardValue> standards) {
    public Versions {
        standards = List.copyOf(standards);
    }
}
