package org.infradigest.publish.excel.streaming;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

class Crc32CombineTest {

    @Test
    void combinesTheCrcsOfTwoPartsIntoTheCrcOfTheWhole() {
        // given
        byte[] data = new byte[300_000];
        new Random(7).nextBytes(data);

        for (int cut : new int[] {0, 1, 2, 3, 4, 5, 100, 32_768, 65_537, 299_999, 300_000}) {
            // when
            long combined = Crc32Combine.combine(crc(data, 0, cut), crc(data, cut, data.length - cut),
                    data.length - cut);

            // then
            assertThat(combined).as("cut at %d", cut).isEqualTo(crc(data, 0, data.length));
        }
    }

    private static long crc(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        return crc.getValue();
    }
}
