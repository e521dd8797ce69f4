package org.rungs.training.credential.domain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The network's key for signing credentials: ECDSA on P-256 (JOSE {@code ES256}). Its public half is published as a
 * JSON Web Key so anyone can verify a credential without asking the network.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @Id
    private String kid;

    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    @Column(name = "private_key", nullable = false)
    private byte[] privateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {
    }

    /** A new key pair; its id is derived from the public key (the first 16 bytes of its SHA-256, base64url). */
    public static SigningKey generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            SigningKey key = new SigningKey();
            key.publicKey = pair.getPublic().getEncoded();
            key.privateKey = pair.getPrivate().getEncoded();
            key.kid = BASE64URL.encodeToString(
                    Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key.publicKey), 16));
            key.createdAt = now;
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available", e);
        }
    }

    /**
     * A compact JWS (RFC 7515) of the payload under the protected header, signed ES256.
     *
     * @param headerJson
     *            the protected header, as JSON
     * @param payloadJson
     *            the payload, as JSON
     */
    public String sign(String headerJson, String payloadJson) {
        String input = BASE64URL.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + BASE64URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
            signature.initSign(KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing failed", e);
        }
    }

    /** The public key as a JSON Web Key (RFC 7517): kty, crv, x, y, kid, use, alg. */
    public Map<String, String> publicJwk() {
        try {
            ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC")
                    .generatePublic(new X509EncodedKeySpec(publicKey));
            Map<String, String> jwk = new LinkedHashMap<>();
            jwk.put("kty", "EC");
            jwk.put("crv", "P-256");
            jwk.put("x", BASE64URL.encodeToString(unsigned(key.getW().getAffineX())));
            jwk.put("y", BASE64URL.encodeToString(unsigned(key.getW().getAffineY())));
            jwk.put("kid", kid);
            jwk.put("use", "sig");
            jwk.put("alg", "ES256");
            return jwk;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The public key cannot be read", e);
        }
    }

    /** A P-256 coordinate as exactly 32 bytes, big-endian. */
    private static byte[] unsigned(BigInteger coordinate) {
        byte[] bytes = coordinate.toByteArray();
        byte[] fixed = new byte[32];
        int copy = Math.min(32, bytes.length);
        System.arraycopy(bytes, bytes.length - copy, fixed, 32 - copy, copy);
        return fixed;
    }

    public String kid() {
        return kid;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
