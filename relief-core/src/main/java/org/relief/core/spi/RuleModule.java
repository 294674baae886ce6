package org.relief.core.spi;

import java.util.Set;
import org.relief.core.model.AdminCode;

/**
 * A region's rules, found with {@link java.util.ServiceLoader} (declare the implementation in
 * {@code META-INF/services/org.relief.core.spi.RuleModule}) or registered explicitly with
 * {@code RuleModules.of(...)}.
 *
 * <p>A module inherits the national baseline: it registers, through the {@link RuleRegistrar},
 * a catalogue entry for each of its rule ids, the rules that fill or override a national slot
 * (never copies of national code: it reuses the national policy classes with its own parameters),
 * and its default standards with provenance.
 */
public interface RuleModule {
    /** The SPI version this core implements; a module built for another one is refused at load. */
    int SPI_VERSION = 1;

    /** The SPI version the module was written for. */
    default int spiVersion() {
        return SPI_VERSION;
    }

    /** Stable id, e.g. {@code liaocheng}. */
    String id();

    /** The module's version, e.g. {@code 0.1.0}. */
    String version();

    /** Short zh-CN name, e.g. {@code 聊城市}. */
    String name();

    /** The administrative codes served: a city code serves every code under it, a province code every code under it. */
    Set<AdminCode> adminCodes();

    /** The dates the module's document is in force. */
    Validity validity();

    /** Registers the catalogue, the rules and the default standards. Called once, at load. */
    void register(RuleRegistrar registrar);
}
