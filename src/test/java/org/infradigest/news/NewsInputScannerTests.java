package org.infradigest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsInputScannerTests {

    @TempDir
    Path root;

    @Test
    void listsNewsFilesButNotStatisticsHiddenFilesOrAbsentFolders() throws Exception {
        Path input = Files.createDirectories(root.resolve("input"));
        Files.writeString(Files.createDirectories(input.resolve("news/2025")).resolve("a.txt"), "A");
        Files.writeString(input.resolve("b.html"), "<p>B</p>");
        Files.writeString(Files.createDirectories(input.resolve("stats")).resolve("wb.csv"), "x");
        Files.writeString(input.resolve(".gitkeep"), "");

        NewsInputScanner.Scan scan = new NewsInputScanner().scan(List.of(input, root.resolve("missing")));

        assertThat(scan.files()).extracting(InputFile::name).containsExactly("input/b.html", "input/news/2025/a.txt");
        assertThat(scan.rejects()).isEmpty();
    }

    @Test
    void aLinkLeadingOutOfTheInputFolderIsRejectedNotFollowed() throws Exception {
        Path input = Files.createDirectories(root.resolve("input"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "not for the digest");
        Files.createSymbolicLink(input.resolve("innocent.txt"), secret);

        NewsInputScanner.Scan scan = new NewsInputScanner().scan(List.of(input));

        assertThat(scan.files()).isEmpty();
        assertThat(scan.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.file()).isEqualTo("input/innocent.txt");
            assertThat(reject.reason()).contains("outside the input folder");
        });
    }
}
