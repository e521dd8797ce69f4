package org.rungs.training.provider.domain;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.rungs.spine.domain.Page;
import org.rungs.spine.domain.Repository;

/** The training providers of the network. */
public interface Providers extends Repository<Provider> {

    /** The names of the providers with these ids. */
    Map<UUID, String> names(Collection<UUID> ids);

    /** Providers by name, a page at a time; only the one whose id reads {@code only} when it is given. */
    Page<Provider> byName(String only, int page, int size);
}
