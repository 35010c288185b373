package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.infradigest.input.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsFileProcessorTest {

    @TempDir
    Path folder;

    private final NewsFileProcessor processor = new NewsFileProcessor(new NewsFileParser(1024), (path, sha) -> false);

    @Test
    void aFileDeletedBetweenTheScanAndTheReadIsARejectNotAFailedStep() throws Exception {
        // given: the scan listed it, then it went away
        Path file = Files.writeString(folder.resolve("gone.txt"), "Beijing has 16,000 5G base stations.");
        InputFile listed = new InputFile(file, "input/gone.txt");
        Files.delete(file);

        // when
        IngestedFile ingested = processor.process(listed);

        // then
        assertThat(ingested.articles()).isEmpty();
        assertThat(ingested.rejects()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("input/gone.txt");
            assertThat(r.reason()).isEqualTo("file disappeared before it could be read");
        });
    }

    @Test
    void aFileAboveTheLimitIsRejectedUnread() throws Exception {
        // given
        Path file = Files.writeString(folder.resolve("big.txt"), "x".repeat(2048));

        // when
        IngestedFile ingested = processor.process(new InputFile(file, "input/big.txt"));

        // then
        assertThat(ingested.rejects()).singleElement().satisfies(r -> assertThat(r.reason())
                .isEqualTo("file is too large: 2,048 bytes, above the limit of 1,024 bytes"));
    }
}
