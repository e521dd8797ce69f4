package org.rungs.matching.pathway.persistence;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Time;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.matching.pathway.domain.TrainingOption;
import org.rungs.matching.pathway.domain.TrainingOptions;
import org.rungs.spine.events.EventJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/** The cohorts to come with their programs, read from matching's copy of the training asset map. */
@ApplicationScoped
public class SqlTrainingOptions implements TrainingOptions {

    private static final TypeReference<List<SkillLevel>> LEVELS = new TypeReference<>() {
    };

    private final EntityManager em;

    public SqlTrainingOptions(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<TrainingOption> startingAfter(LocalDate day) {
        List<TrainingOption> options = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("""
                    select c.id, p.id, p.title, p.credential, c.start_date, c.end_date, p.duration_weeks, c.cost,
                           p.skills_taught, p.entry_skills, p.prerequisites, c.start_time, c.end_time, c.delivery_mode
                      from cohort c join program p on p.id = c.program_id
                     where not c.cancelled and c.start_date > ?
                     order by c.start_date, c.id""")) {
                s.setObject(1, day);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        Time from = rows.getTime(12);
                        Time to = rows.getTime(13);
                        options.add(new TrainingOption(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                rows.getString(3), rows.getString(4), rows.getObject(5, LocalDate.class),
                                rows.getObject(6, LocalDate.class), rows.getInt(7), rows.getBigDecimal(8),
                                levels(rows.getString(9)), levels(rows.getString(10)),
                                Set.of((UUID[]) rows.getArray(11).getArray()),
                                from == null ? null : from.toLocalTime(), to == null ? null : to.toLocalTime(),
                                rows.getString(14)));
                    }
                }
            }
        });
        return options;
    }

    private static Map<String, BigDecimal> levels(String json) {
        try {
            Map<String, BigDecimal> levels = new HashMap<>();
            EventJson.mapper().readValue(json, LEVELS).forEach(l -> levels.merge(l.elementId(), l.level(),
                    BigDecimal::max));
            return levels;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a program's skills are not readable", e);
        }
    }
}
