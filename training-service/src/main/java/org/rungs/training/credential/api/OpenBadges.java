package org.rungs.training.credential.api;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.spine.reference.Onet;
import org.rungs.training.credential.application.NetworkKey;
import org.rungs.training.credential.application.TrainingConfig;
import org.rungs.training.credential.domain.Credential;
import org.rungs.training.credential.domain.SigningKey;
import org.rungs.training.program.domain.CredentialType;
import org.rungs.training.program.domain.Program;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A credential as an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential, data model 2.0), secured
 * with JOSE (W3C VC-JOSE-COSE): a compact JWS, {@code ES256} under the network's key, whose payload is the credential.
 * The achievement aligns to the O*NET elements the program teaches (with the level reached) and to the program.
 */
@ApplicationScoped
public class OpenBadges {

    public static final String VC_JWT = "application/vc+jwt";
    public static final String VC_LD_JSON = "application/vc+ld+json";
    static final String ONET = "O*NET 30.0 Content Model";

    private final NetworkKey networkKey;
    private final TrainingConfig config;
    private final ObjectMapper json;

    public OpenBadges(NetworkKey networkKey, TrainingConfig config, ObjectMapper json) {
        this.networkKey = networkKey;
        this.config = config;
        this.json = json;
    }

    /** The unsecured OpenBadgeCredential. */
    public ObjectNode credential(Credential c, Program program) {
        String base = config.issuerUrl().replaceAll("/+$", "");
        ObjectNode vc = json.createObjectNode();
        vc.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        vc.put("id", "urn:uuid:" + c.id());
        vc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        ObjectNode issuer = vc.putObject("issuer");
        issuer.put("id", base);
        issuer.putArray("type").add("Profile");
        issuer.put("name", config.issuerName());
        vc.put("validFrom", c.awardedOn() + "T00:00:00Z");
        vc.put("name", c.title());
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.put("id", "urn:uuid:" + c.participantId());
        subject.putArray("type").add("AchievementSubject");
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", base + "/programs/" + program.id() + "#credential");
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", achievementType(c.type()));
        achievement.put("name", c.title());
        achievement.put("description", "Awarded on completing " + program.title() + ", a "
                + program.durationWeeks() + "-week, " + program.durationHours() + "-hour program.");
        achievement.putObject("criteria").put("narrative", "Completed every requirement of " + program.title()
                + " (" + program.id() + ").");
        ArrayNode alignment = achievement.putArray("alignment");
        ObjectNode programAlignment = alignment.addObject();
        programAlignment.putArray("type").add("Alignment");
        programAlignment.put("targetName", program.title());
        programAlignment.put("targetUrl", base + "/programs/" + program.id());
        programAlignment.put("targetType", "ext:TrainingProgram");
        programAlignment.put("targetCode", program.id().toString());
        Onet onet = Onet.get();
        c.skills().forEach(s -> {
            ObjectNode a = alignment.addObject();
            a.putArray("type").add("Alignment");
            a.put("targetName", onet.element(s.elementId()).map(Onet.Element::name).orElse(s.elementId()));
            a.put("targetUrl", "https://www.onetonline.org/find/descriptor/result/" + s.elementId());
            a.put("targetDescription", "Level " + s.level().stripTrailingZeros().toPlainString()
                    + " of 7 on the O*NET level scale");
            a.put("targetFramework", ONET);
            a.put("targetCode", s.elementId());
            a.put("targetType", "ceasn:Competency");
        });
        return vc;
    }

    /** The credential as a compact VC-JWT signed by the network's key. */
    public String signed(Credential c, Program program) {
        SigningKey key = networkKey.current();
        ObjectNode header = json.createObjectNode();
        header.put("alg", "ES256");
        header.put("kid", key.kid());
        header.put("typ", "vc+jwt");
        header.put("cty", "vc");
        try {
            return key.sign(json.writeValueAsString(header), json.writeValueAsString(credential(c, program)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signed credential enveloped in JSON-LD (VC data model 2.0, EnvelopedVerifiableCredential). */
    public Map<String, Object> enveloped(Credential c, Program program) {
        return Map.of("@context", java.util.List.of("https://www.w3.org/ns/credentials/v2"), "id",
                "data:" + VC_JWT + "," + signed(c, program), "type", "EnvelopedVerifiableCredential");
    }

    private static String achievementType(CredentialType type) {
        return switch (type) {
            case RECOGNISED_POSTSECONDARY, INDUSTRY_CERTIFICATE -> "Certification";
            case SECONDARY_DIPLOMA -> "Diploma";
            case CERTIFICATE_OF_COMPLETION -> "Certificate";
        };
    }
}
