package org.rungs.employer.ladder.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.LadderPublished;
import org.rungs.contracts.employer.LadderRetired;
import org.rungs.employer.suggestion.domain.Taxonomy;

class LadderTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-05T12:00:00Z"), ZoneOffset.UTC);
    static final UUID CARE_HOME = UUID.randomUUID();
    static final UUID HOSPITAL = UUID.randomUUID();

    static Ladder healthcare(LadderKind kind) {
        return Ladder.draft("Direct care to nursing", "623110", "Tri-County", Taxonomy.ONET_SOC, kind, CLOCK);
    }

    static RungDraft rung(int tier, String code, UUID... employers) {
        return new RungDraft(tier, code, "Rung " + code, new WageBand(new BigDecimal("15.00"), new BigDecimal("18.00")),
                List.of(new RequiredSkill("2.B.1.e", new BigDecimal("3.00"))), List.of("CPR"),
                java.util.Arrays.stream(employers).map(e -> new RungEmployer(e, "Job at " + code)).toList());
    }

    @Test
    void aStepUpInTheSameFamilyAtTheSameEmployerIsVerticalAndElsewhereDiagonal() {
        Ladder l = healthcare(LadderKind.CROSS_SECTOR);
        Rung aide = l.addRung(rung(1, "31-1122.00", CARE_HOME));
        Rung cna = l.addRung(rung(2, "31-1131.00", CARE_HOME, HOSPITAL));
        Rung lpn = l.addRung(rung(3, "29-2061.00", HOSPITAL));
        Rung orderly = l.addRung(rung(2, "31-1132.00", HOSPITAL));

        assertThat(l.connect(aide.id(), cna.id(), null, List.of()).kind()).isEqualTo(TransitionKind.VERTICAL);
        assertThat(l.connect(aide.id(), orderly.id(), null, List.of()).kind())
                .as("same family, but the care home does not hire orderlies").isEqualTo(TransitionKind.DIAGONAL);
        assertThat(l.connect(cna.id(), lpn.id(), null, List.of()).kind())
                .as("29-2 is another family").isEqualTo(TransitionKind.DIAGONAL);
        assertThat(l.rungs()).extracting(Rung::tier).containsExactly(1, 2, 2, 3);
    }

    @Test
    void theSameTierInAnotherFamilyIsHorizontalAndOtherMovesAreNoSteps() {
        Ladder l = healthcare(LadderKind.CROSS_SECTOR);
        Rung cna = l.addRung(rung(2, "31-1131.00"));
        Rung pharmacyAide = l.addRung(rung(2, "31-9095.00"));
        Rung aide = l.addRung(rung(1, "31-1122.00"));
        Rung lpn = l.addRung(rung(3, "29-2061.00"));
        Rung orderly = l.addRung(rung(2, "31-1132.00"));

        assertThat(l.connect(cna.id(), pharmacyAide.id(), null, List.of()).kind())
                .isEqualTo(TransitionKind.HORIZONTAL);
        assertThatThrownBy(() -> l.connect(aide.id(), lpn.id(), null, List.of()))
                .isInstanceOf(TransitionRefused.class)
                .satisfies(e -> assertThat(((TransitionRefused) e).fields()).containsKey("toRungId"));
        assertThatThrownBy(() -> l.connect(cna.id(), aide.id(), null, List.of()))
                .as("down is not a step").isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(() -> l.connect(cna.id(), orderly.id(), null, List.of()))
                .as("same tier, same family").isInstanceOf(TransitionRefused.class);
    }

    @Test
    void withoutCriteriaATransitionAsksForWhatTheTargetRungRequires() {
        Ladder l = healthcare(LadderKind.SINGLE_FIRM);
        Rung aide = l.addRung(rung(1, "31-1122.00", CARE_HOME));
        Rung cna = l.addRung(rung(2, "31-1131.00", CARE_HOME));
        UUID program = UUID.randomUUID();

        Transition t = l.connect(aide.id(), cna.id(), null, List.of(program));

        assertThat(t.criteria().skills()).extracting(RequiredSkill::elementId).containsExactly("2.B.1.e");
        assertThat(t.criteria().credential()).isEqualTo("CPR");
        assertThat(t.criteria().monthsInRung()).isNull();
        assertThat(t.bridgingPrograms()).containsExactly(program);
        assertThatThrownBy(() -> l.connect(aide.id(), cna.id(), null, List.of()))
                .as("connected twice").isInstanceOf(TransitionRefused.class);
    }

    @Test
    void rungsAreRefusedNamingEachOffendingField() {
        Ladder l = healthcare(LadderKind.SINGLE_FIRM);
        l.addRung(rung(1, "31-1122.00", CARE_HOME));
        var bad = new RungDraft(0, "33102", "x", new WageBand(new BigDecimal("20"), new BigDecimal("18")),
                List.of(new RequiredSkill("2.A.1.a", BigDecimal.ONE), new RequiredSkill("2.A.1.a", BigDecimal.TWO)),
                List.of(), List.of(new RungEmployer(HOSPITAL, "Aide")));

        assertThatThrownBy(() -> l.addRung(bad)).isInstanceOf(RungRefused.class)
                .satisfies(e -> assertThat(((RungRefused) e).fields()).containsOnlyKeys("occupationCode", "tier",
                        "wageBand", "requiredSkills[1].elementId", "employers"));
        assertThatThrownBy(() -> l.addRung(rung(1, "31-1122.00")))
                .isInstanceOf(RungRefused.class).hasMessageContaining("occupationCode");
    }

    @Test
    void publishingRecordsTheWholeLadderAsItsNextVersion() {
        Ladder l = healthcare(LadderKind.CROSS_SECTOR);
        Rung aide = l.addRung(rung(1, "31-1122.00", CARE_HOME));
        Rung cna = l.addRung(rung(2, "31-1131.00", CARE_HOME));
        l.connect(aide.id(), cna.id(), null, List.of());

        l.publish(CLOCK);
        assertThat(l.status()).isEqualTo(LadderStatus.PUBLISHED);
        var first = (LadderPublished) l.takeEvents().get(0).data();
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.rungs()).extracting(LadderPublished.Rung::occupationCode)
                .containsExactly("31-1122.00", "31-1131.00");
        assertThat(first.transitions()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("vertical");
            assertThat(t.fromRungId()).isEqualTo(aide.id());
        });

        Rung lpn = l.addRung(rung(3, "29-2061.00", CARE_HOME));
        assertThat(l.unpublishedChanges()).isTrue();
        l.connect(cna.id(), lpn.id(), null, List.of());
        l.publish(CLOCK);
        var second = (LadderPublished) l.takeEvents().get(0).data();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.rungs()).hasSize(3);
        assertThat(l.unpublishedChanges()).isFalse();
    }

    @Test
    void anIncompleteLadderIsNotPublishedAndSaysWhatItLacks() {
        Ladder empty = healthcare(LadderKind.CROSS_SECTOR);
        assertThatThrownBy(() -> empty.publish(CLOCK)).isInstanceOf(LadderIncomplete.class)
                .satisfies(e -> assertThat(((LadderIncomplete) e).fields()).containsOnlyKeys("rungs"));

        Ladder gap = healthcare(LadderKind.CROSS_SECTOR);
        gap.addRung(rung(1, "31-1122.00"));
        gap.addRung(rung(3, "29-2061.00"));
        assertThatThrownBy(() -> gap.publish(CLOCK)).isInstanceOf(LadderIncomplete.class)
                .satisfies(e -> assertThat(((LadderIncomplete) e).fields())
                        .containsEntry("rungs", "tier 2 has no rung")
                        .containsKey("rungs[1]"));
        assertThat(gap.pendingEvents()).isEmpty();
        assertThat(gap.status()).isEqualTo(LadderStatus.DRAFT);
    }

    @Test
    void removingARungTakesItsTransitionsWithIt() {
        Ladder l = healthcare(LadderKind.CROSS_SECTOR);
        Rung aide = l.addRung(rung(1, "31-1122.00"));
        Rung cna = l.addRung(rung(2, "31-1131.00"));
        l.connect(aide.id(), cna.id(), null, List.of());

        l.removeRung(cna.id());

        assertThat(l.rungs()).containsExactly(aide);
        assertThat(l.transitions()).isEmpty();
        assertThatThrownBy(() -> l.removeRung(cna.id())).isInstanceOf(UnknownRung.class);
    }

    @Test
    void aRetiredLadderChangesNoMoreAndADraftCannotBeRetired() {
        Ladder l = healthcare(LadderKind.CROSS_SECTOR);
        assertThatThrownBy(() -> l.retire(CLOCK)).isInstanceOf(LadderNotPublished.class);
        l.addRung(rung(1, "31-1122.00"));
        l.publish(CLOCK);
        l.takeEvents();

        l.retire(CLOCK);

        assertThat(l.takeEvents()).singleElement().satisfies(e -> assertThat(((LadderRetired) e.data()).version())
                .isEqualTo(1));
        assertThatThrownBy(() -> l.addRung(rung(2, "31-1131.00"))).isInstanceOf(LadderRetiredAlready.class);
        assertThatThrownBy(() -> l.publish(CLOCK)).isInstanceOf(LadderRetiredAlready.class);
    }
}
