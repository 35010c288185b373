package org.infradigest.publish.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The parts of an xlsx file by name, each as its uncompressed size and SHA-256: two workbooks whose parts all
 * match hold the same sheets, cells, styles and charts byte for byte, however differently they were compressed.
 * As a program, {@code XlsxParts <file.xlsx>...} prints one line a part.
 */
public final class XlsxParts {

    private XlsxParts() {
    }

    /** Part name to "size sha256" of its uncompressed bytes. */
    public static Map<String, String> of(Path xlsx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    MessageDigest sha = sha256();
                    byte[] buffer = new byte[1 << 16];
                    long size = 0;
                    for (int n; (n = in.read(buffer)) > 0; size += n) {
                        sha.update(buffer, 0, n);
                    }
                    parts.put(entry.getName(), size + " " + HexFormat.of().formatHex(sha.digest()));
                }
            }
        }
        return parts;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            of(Path.of(file)).forEach((name, digest) -> System.out.println(name + " " + digest));
        }
    }
}
