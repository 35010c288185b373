package org.infradigest.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex: how files, articles and lexicons are recognised as unchanged. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** The hash of {@code length} bytes from {@code offset} on. */
    public static String of(byte[] bytes, int offset, int length) {
        MessageDigest sha = sha256();
        sha.update(bytes, offset, length);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The hash of {@code firstLength} bytes of {@code first}, then {@code secondLength} bytes of {@code second}. */
    public static String of(byte[] first, int firstLength, byte[] second, int secondLength) {
        MessageDigest sha = sha256();
        sha.update(first, 0, firstLength);
        sha.update(second, 0, secondLength);
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String of(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /** The SHA-256 of the text's UTF-8, as bytes. */
    public static byte[] digest(String text) {
        return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Streams the file, so a large table is hashed without being held in memory. */
    public static String of(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
