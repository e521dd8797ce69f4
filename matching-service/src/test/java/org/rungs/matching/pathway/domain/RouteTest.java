package org.rungs.matching.pathway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Routes up a three-rung ladder: aide, CNA, LPN; and a lateral rung that leads nowhere. */
class RouteTest {

    static final UUID AIDE = new UUID(0, 1);
    static final UUID CNA = new UUID(0, 2);
    static final UUID LPN = new UUID(0, 3);
    static final UUID CLERK = new UUID(0, 4);
    static final List<Route.RungNeeds> RUNGS = List.of(
            new Route.RungNeeds(AIDE, 1, "aide", Map.of("2.A.1.a", d("2")), List.of()),
            new Route.RungNeeds(CNA, 2, "cna", Map.of("2.A.1.a", d("3"), "2.B.1.f", d("3")),
                    List.of("State CNA certification")),
            new Route.RungNeeds(LPN, 3, "lpn", Map.of("2.A.1.a", d("4")), List.of()),
            new Route.RungNeeds(CLERK, 1, "clerk", Map.of(), List.of()));
    static final List<Route.Link> LINKS = List.of(
            new Route.Link(AIDE, CNA, Map.of("2.B.1.f", d("3.5")), null),
            new Route.Link(CNA, LPN, Map.of(), "LPN license"));

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void fromTheRungHeldEachStepListsWhatItLacks() {
        Route route = Route.plan(RUNGS, LINKS, Set.of(AIDE), LPN, Map.of("2.A.1.a", d("3")),
                Set.of("state cna certification")).route().orElseThrow();
        assertThat(route.from()).isEqualTo(AIDE);
        assertThat(route.steps()).extracting(Route.Step::to).containsExactly(CNA, LPN);
        // CNA: reading 3 held; service needed at 3.5 (the step's criteria beat the rung's 3); the credential is held
        assertThat(route.steps().get(0).missing()).containsExactly(new Gap.Skill("2.B.1.f", d("3.5")));
        assertThat(route.steps().get(1).missing()).containsExactly(new Gap.Skill("2.A.1.a", d("4")),
                new Gap.Credential("LPN license"));
        assertThat(route.gaps()).containsExactly(new Gap.Skill("2.A.1.a", d("4")), new Gap.Skill("2.B.1.f",
                d("3.5")), new Gap.Credential("lpn license"));
    }

    @Test
    void offTheLadderTheRouteEntersAtAnEntryRung() {
        Route route = Route.plan(RUNGS, LINKS, Set.of(), CNA, Map.of(), Set.of()).route().orElseThrow();
        assertThat(route.from()).isNull();
        assertThat(route.steps()).extracting(Route.Step::to).containsExactly(AIDE, CNA);
        assertThat(route.steps().get(0).missing()).containsExactly(new Gap.Skill("2.A.1.a", d("2")));
    }

    @Test
    void theRungHeldIsReachedAlreadyAndOthersMayBeOutOfReach() {
        assertThat(Route.plan(RUNGS, LINKS, Set.of(LPN), LPN, Map.of(), Set.of()).route().orElseThrow().steps())
                .isEmpty();
        assertThat(Route.plan(RUNGS, LINKS, Set.of(CLERK), LPN, Map.of(), Set.of()).none())
                .contains(Route.NoRoute.UNREACHABLE);
        assertThat(Route.plan(RUNGS, LINKS, Set.of(), UUID.randomUUID(), Map.of(), Set.of()).none())
                .contains(Route.NoRoute.NOT_A_RUNG);
    }
}
