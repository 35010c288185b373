package org.infradigest.publish.excel.streaming;

/**
 * The CRC-32 of two byte sequences one after the other, from the CRC-32 of each and the second one's length
 * (zlib's crc32_combine). A sheet's rows are compressed, and their CRC taken, long before the XML that goes in
 * front of them is known; this joins the two without reading the rows again.
 */
final class Crc32Combine {

    /** The CRC-32 polynomial, reflected, as {@link java.util.zip.CRC32} uses it. */
    private static final long POLYNOMIAL = 0xEDB88320L;

    private Crc32Combine() {
    }

    /** The CRC-32 of A followed by B, given A's CRC, B's CRC and B's length in bytes. */
    static long combine(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        // Appending n zero bytes to A is a linear map on its CRC: square the one-zero-bit operator up to it.
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = POLYNOMIAL;
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crcA;
        long length = lengthB;
        do {
            square(even, odd); // first pass: one zero byte
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return crc ^ crcB;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
