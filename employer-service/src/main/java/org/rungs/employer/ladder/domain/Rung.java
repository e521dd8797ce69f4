package org.rungs.employer.ladder.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.employer.LadderPublished;

/**
 * A rung of a ladder: an occupation at a tier (1 = entry) with its local title, hourly wage band, required skills and
 * credentials, and the employers that hire into it with their own job titles.
 */
@Entity
@Table(name = "ladder_rung")
public class Rung {

    @Id
    private UUID id;

    @Column(nullable = false)
    private int tier;

    @Column(name = "occupation_code", nullable = false)
    private String occupationCode;

    @Column(name = "local_title", nullable = false)
    private String localTitle;

    @Embedded
    private WageBand wageBand;

    @ElementCollection
    @CollectionTable(name = "rung_skill", joinColumns = @JoinColumn(name = "rung_id"))
    @OrderColumn(name = "position")
    private List<RequiredSkill> requiredSkills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "rung_credential", joinColumns = @JoinColumn(name = "rung_id"))
    @OrderColumn(name = "position")
    @Column(name = "credential", nullable = false)
    private List<String> requiredCredentials = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "rung_employer", joinColumns = @JoinColumn(name = "rung_id"))
    @OrderColumn(name = "position")
    private List<RungEmployer> employers = new ArrayList<>();

    protected Rung() {
    }

    Rung(int tier, String occupationCode, String localTitle, WageBand wageBand, List<RequiredSkill> requiredSkills,
            List<String> requiredCredentials, List<RungEmployer> employers) {
        this.id = UUID.randomUUID();
        this.tier = tier;
        this.occupationCode = Objects.requireNonNull(occupationCode, "occupationCode");
        this.localTitle = Objects.requireNonNull(localTitle, "localTitle").strip();
        this.wageBand = Objects.requireNonNull(wageBand, "wageBand");
        this.requiredSkills = new ArrayList<>(requiredSkills);
        this.requiredCredentials = requiredCredentials.stream().map(String::strip).collect(
                Collectors.toCollection(ArrayList::new));
        this.employers = new ArrayList<>(employers);
    }

    public UUID id() {
        return id;
    }

    public int tier() {
        return tier;
    }

    public String occupationCode() {
        return occupationCode;
    }

    public String localTitle() {
        return localTitle;
    }

    public WageBand wageBand() {
        return wageBand;
    }

    public List<RequiredSkill> requiredSkills() {
        return List.copyOf(requiredSkills);
    }

    public List<String> requiredCredentials() {
        return List.copyOf(requiredCredentials);
    }

    public List<RungEmployer> employers() {
        return List.copyOf(employers);
    }

    /** The employer's own title for this rung's job, when it hires into it. */
    public Optional<String> jobTitleAt(UUID employerId) {
        return employers.stream().filter(e -> e.employerId().equals(employerId)).map(RungEmployer::jobTitle)
                .findFirst();
    }

    boolean sharesAnEmployerWith(Rung other) {
        return employers.stream().anyMatch(e -> other.jobTitleAt(e.employerId()).isPresent());
    }

    LadderPublished.Rung wire() {
        return new LadderPublished.Rung(id, tier, occupationCode, localTitle,
                new LadderPublished.WageBand(wageBand.from(), wageBand.to()),
                requiredSkills.stream().map(s -> new SkillLevel(s.elementId(), s.minimumLevel())).toList(),
                List.copyOf(requiredCredentials),
                employers.stream().map(e -> new LadderPublished.RungEmployer(e.employerId(), e.jobTitle())).toList());
    }
}
