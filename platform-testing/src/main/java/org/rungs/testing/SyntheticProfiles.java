package org.rungs.testing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Synthetic profiles drawn reproducibly from O*NET 30.0: each participant is drawn from an occupation (uniformly),
 * holds most of its 15 most important skills (each with probability 0.93) at the occupation's level plus normal noise
 * (σ 0.7, clamped to 0–7, two decimals); each vacancy requires the 8 most important skills of an occupation at its
 * level less 0.5. The occupations' levels are the repository's extract of O*NET 30.0 Skills, Knowledge and Abilities
 * (employer-service's reference data, CC BY 4.0).
 */
public final class SyntheticProfiles {

    public static final int SKILLS_PER_PERSON = 15;
    public static final int SKILLS_PER_VACANCY = 8;

    /** One occupation: its elements by importance, with their levels. */
    public record Occupation(String code, List<String> elements, List<Double> levels) {
    }

    public final List<Occupation> occupations;
    public final List<String> elementIds;

    public SyntheticProfiles(Path occupationSkills) throws IOException {
        Map<String, List<String[]>> rows = new TreeMap<>();
        for (String line : Files.readAllLines(occupationSkills).subList(1,
                Files.readAllLines(occupationSkills).size())) {
            String[] f = line.split("\t");
            rows.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
        occupations = new ArrayList<>();
        Map<String, Boolean> elements = new LinkedHashMap<>();
        rows.forEach((code, list) -> {
            list.sort(Comparator.comparingDouble((String[] f) -> -Double.parseDouble(f[2])).thenComparing(f -> f[1]));
            List<String[]> top = list.subList(0, Math.min(SKILLS_PER_PERSON, list.size()));
            if (top.size() == SKILLS_PER_PERSON) {
                occupations.add(new Occupation(code, top.stream().map(f -> f[1]).toList(),
                        top.stream().map(f -> Double.parseDouble(f[3])).toList()));
                top.forEach(f -> elements.put(f[1], true));
            }
        });
        elementIds = List.copyOf(elements.keySet());
    }

    /** A participant's skills: element to level in hundredths. */
    public Map<String, Integer> participant(Random rng) {
        Occupation o = occupations.get(rng.nextInt(occupations.size()));
        Map<String, Integer> skills = new LinkedHashMap<>();
        for (int i = 0; i < SKILLS_PER_PERSON; i++) {
            double noise = rng.nextGaussian() * 0.7;
            if (rng.nextDouble() < 0.93) {
                skills.put(o.elements().get(i), (int) Math.round(Math.max(0, Math.min(7, o.levels().get(i) + noise))
                        * 100));
            }
        }
        return skills;
    }

    /** A vacancy's requirements: element to level in hundredths. */
    public Map<String, Integer> vacancy(Random rng) {
        Occupation o = occupations.get(rng.nextInt(occupations.size()));
        Map<String, Integer> required = new LinkedHashMap<>();
        for (int i = 0; i < SKILLS_PER_VACANCY; i++) {
            required.put(o.elements().get(i), (int) Math.round(Math.max(0, o.levels().get(i) - 0.5) * 100));
        }
        return required;
    }

    public static Map<String, BigDecimal> decimal(Map<String, Integer> hundredths) {
        Map<String, BigDecimal> levels = new LinkedHashMap<>();
        hundredths.forEach((e, l) -> levels.put(e, BigDecimal.valueOf(l, 2)));
        return levels;
    }
}
