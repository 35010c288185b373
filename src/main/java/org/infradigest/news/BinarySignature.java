package org.infradigest.news;

/**
 * Recognises files that are not text at all (documents, archives, images) so they are refused with a
 * reason instead of being decoded into garbage.
 */
final class BinarySignature {

    private static final int NUL_WINDOW = 8192;

    private BinarySignature() {
    }

    /** What kind of binary file the bytes are, or null when they look like text. */
    static String of(byte[] bytes) {
        if (startsWith(bytes, "%PDF")) {
            return "PDF document";
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return "ZIP archive or Office document";
        }
        if (startsWith(bytes, "\u001F\u008B")) {
            return "gzip archive";
        }
        if (startsWith(bytes, "\u0089PNG") || startsWith(bytes, "GIF8") || startsWith(bytes, "\u00FF\u00D8\u00FF")) {
            return "image";
        }
        if (startsWith(bytes, "\u00D0\u00CF\u0011\u00E0")) {
            return "legacy Office document";
        }
        // UTF-16 and UTF-32 text is full of NULs; it is only read with a byte-order mark that says so
        if (TextDecoder.bomCharset(bytes).isEmpty() && hasNul(bytes)) {
            return "NUL bytes";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, String latin1Signature) {
        if (bytes.length < latin1Signature.length()) {
            return false;
        }
        for (int i = 0; i < latin1Signature.length(); i++) {
            if ((bytes[i] & 0xFF) != latin1Signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes) {
        int end = Math.min(bytes.length, NUL_WINDOW);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
