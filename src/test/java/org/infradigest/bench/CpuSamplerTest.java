package org.infradigest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuSamplerTest {

    @Test
    void countsWhatTheProcessWritesInAWindow(@TempDir Path folder) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/io")), "Linux's /proc/self/io");
        // given
        CpuSampler sampler = CpuSampler.start();
        long start = System.currentTimeMillis();
        Thread.sleep(300);
        long before = System.currentTimeMillis();
        Thread.sleep(200);

        // when: 8 MB written in the window, nothing after it
        try (OutputStream out = Files.newOutputStream(folder.resolve("eight.bin"))) {
            byte[] megabyte = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                out.write(megabyte);
            }
        }
        Thread.sleep(300);
        long after = System.currentTimeMillis();
        Thread.sleep(300);
        sampler.stop();

        // then: the window holds the 8 MB and what else the JVM wrote meanwhile (logs, at most a little); the
        // window before it none of them
        assertThat(sampler.writtenMbBetween(before, after)).isBetween(8.0, 9.0);
        assertThat(sampler.writtenMbBetween(start, before)).isLessThan(1.0);
    }
}
