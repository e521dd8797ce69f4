package org.rungs.matching.pathway.domain;

import java.math.BigDecimal;
import java.util.Locale;

/** Something a route needs that the participant lacks: a skill at a level, or a credential. */
public sealed interface Gap extends Comparable<Gap> {

    /** How the gap reads in a plan: the element id, or the credential's name. */
    String key();

    @Override
    default int compareTo(Gap other) {
        return key().compareTo(other.key());
    }

    /** An O*NET element needed at a level (0–7) above the participant's. */
    record Skill(String elementId, BigDecimal level) implements Gap {

        @Override
        public String key() {
            return elementId;
        }
    }

    /** A credential, by the name ladders and programs give it (compared without case or outer spaces). */
    record Credential(String name) implements Gap {

        public Credential {
            name = name.strip();
        }

        @Override
        public String key() {
            return "credential:" + name.toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Credential c && c.key().equals(key());
        }

        @Override
        public int hashCode() {
            return key().hashCode();
        }
    }
}
