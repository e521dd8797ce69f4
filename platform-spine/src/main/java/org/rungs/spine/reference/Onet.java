package org.rungs.spine.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The O*NET reference subset shipped with Rungs (occupations with Job Zones; skill and knowledge elements). Includes
 * information from the O*NET 30.0 Database by USDOL/ETA, used under CC BY 4.0; see onet/ATTRIBUTION.md.
 */
public final class Onet {

    private static final Onet INSTANCE = new Onet();

    private final Map<String, Occupation> occupations = new LinkedHashMap<>();
    private final Map<String, Element> elements = new LinkedHashMap<>();

    public record Occupation(String code, String title, Integer jobZone) {
    }

    public record Element(String id, String name, String domain) {
    }

    private Onet() {
        read("onet/occupations.tsv", f -> occupations.put(f[0], new Occupation(f[0], f[1],
                f.length > 2 && !f[2].isEmpty() ? Integer.valueOf(f[2]) : null)));
        read("onet/elements.tsv", f -> elements.put(f[0], new Element(f[0], f[1], f[2])));
    }

    public static Onet get() {
        return INSTANCE;
    }

    public Optional<Occupation> occupation(String code) {
        return Optional.ofNullable(code).map(occupations::get);
    }

    public Optional<Element> element(String id) {
        return Optional.ofNullable(id).map(elements::get);
    }

    public Map<String, Occupation> occupations() {
        return occupations;
    }

    public Map<String, Element> elements() {
        return elements;
    }

    private static void read(String resource, Consumer<String[]> row) {
        try (InputStream in = Onet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
