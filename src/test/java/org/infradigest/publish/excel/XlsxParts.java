package org.infradigest.publish.excel;

import org.apache.poi.ss.util.CellReference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        return of(xlsx, false);
    }

    /**
     * As {@link #of(Path)}, with every worksheet's cell references dropped where a cell is in the column after
     * the cell before it in its row, as rows streamed straight into the XML write them.
     */
    public static Map<String, String> withCompactCellReferences(Path xlsx) throws IOException {
        return of(xlsx, true);
    }

    private static Map<String, String> of(Path xlsx, boolean compact) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    if (compact && entry.getName().startsWith("xl/worksheets/sheet")) {
                        String xml = compactCellReferences(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
                        String digest = HexFormat.of().formatHex(sha256().digest(bytes));
                        parts.put(entry.getName(), bytes.length + " " + digest);
                        continue;
                    }
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

    private static final Pattern ROW_OR_CELL = Pattern.compile("<row |<c r=\"([A-Z]+)[0-9]+\"");

    /** The sheet's XML without the reference of a cell in the column after the last one in its row. */
    public static String compactCellReferences(String xml) {
        StringBuilder compact = new StringBuilder(xml.length());
        Matcher matcher = ROW_OR_CELL.matcher(xml);
        int lastColumn = -1;
        while (matcher.find()) {
            if (matcher.group(1) == null) {
                lastColumn = -1;
                continue;
            }
            int column = CellReference.convertColStringToIndex(matcher.group(1));
            matcher.appendReplacement(compact, column == lastColumn + 1 ? "<c" : Matcher.quoteReplacement(
                    matcher.group()));
            lastColumn = column;
        }
        matcher.appendTail(compact);
        return compact.toString();
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
