package org.relief.core.rules.national;

import java.util.List;

/** The ids of the members a 单人户 determination covers (NA-06). */
public record Covered(List<String> memberIds) {
    public Covered {
        memberIds = List.copyOf(memberIds);
    }
}
