package org.relief.core.model;

import java.util.Optional;

/**
 * How the application was made. An absent application is not disputed and not delegated.
 *
 * @param disputed          the public notice drew an objection or the case is disputed (民主评议)
 * @param channel           window, online, proxy, or discovered by staff
 * @param townshipDelegated the county has delegated 审核确认 to the township
 * @param onResidencePermit applied where the applicant lives on a residence permit (居住证)
 */
public record Application(boolean disputed, Optional<Channel> channel, boolean townshipDelegated,
                          boolean onResidencePermit) {
    /** Not disputed, not delegated. */
    public static final Application DEFAULT = new Application(false, Optional.empty(), false, false);

    public Application {
        channel = Optional.ofNullable(channel).flatMap(x -> x);
    }
}
