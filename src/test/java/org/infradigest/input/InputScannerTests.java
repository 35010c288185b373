package org.infradigest.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTests {

    @TempDir
    Path root;

    @Test
    void listsNewsFilesButNotStatisticsHiddenFilesOrAbsentFolders() throws Exception {
        Path input = Files.createDirectories(root.resolve("input"));
        Files.writeString(Files.createDirectories(input.resolve("news/2025")).resolve("a.txt"), "A");
        Files.writeString(input.resolve("b.html"), "<p>B</p>");
        Files.writeString(Files.createDirectories(input.resolve("stats")).resolve("wb.csv"), "x");
        Files.writeString(input.resolve(".gitkeep"), "");

        InputScanner.Scan scan = new InputScanner(InputScanner.Kind.NEWS).scan(List.of(input, root.resolve("missing")));

        assertThat(scan.files()).extracting(InputFile::name).containsExactly("input/b.html", "input/news/2025/a.txt");
        assertThat(scan.rejects()).isEmpty();
    }

    @Test
    void statisticsAreTheFilesUnderAStatsFolderAtAnyDepth() throws Exception {
        Path input = Files.createDirectories(root.resolve("input"));
        Files.writeString(input.resolve("a.txt"), "A");
        Files.writeString(Files.createDirectories(input.resolve("stats")).resolve("wb.csv"), "x");
        Files.writeString(Files.createDirectories(input.resolve("cn/stats/2025")).resolve("miit.xlsx"), "x");

        InputScanner.Scan scan = new InputScanner(InputScanner.Kind.STATISTICS).scan(List.of(input));

        assertThat(scan.files()).extracting(InputFile::name)
                .containsExactly("input/cn/stats/2025/miit.xlsx", "input/stats/wb.csv");
    }

    @Test
    void aLinkLeadingOutOfTheInputFolderIsRejectedNotFollowed() throws Exception {
        Path input = Files.createDirectories(root.resolve("input"));
        Path secret = Files.writeString(root.resolve("secret.txt"), "not for the digest");
        Files.createSymbolicLink(input.resolve("innocent.txt"), secret);

        InputScanner.Scan scan = new InputScanner(InputScanner.Kind.NEWS).scan(List.of(input));

        assertThat(scan.files()).isEmpty();
        assertThat(scan.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.file()).isEqualTo("input/innocent.txt");
            assertThat(reject.reason()).contains("outside the input folder");
        });
    }

    @Test
    void aLinkWhoseFileWasDeletedIsARejectSayingSo() throws Exception {
        Path input = Files.createDirectories(root.resolve("input"));
        Path target = Files.writeString(input.resolve(".gone.txt"), "soon deleted");
        Files.createSymbolicLink(input.resolve("gone.txt"), target);
        Files.delete(target);

        InputScanner.Scan scan = new InputScanner(InputScanner.Kind.NEWS).scan(List.of(input));

        assertThat(scan.files()).isEmpty();
        assertThat(scan.rejects()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("input/gone.txt");
            assertThat(r.reason()).isEqualTo("symbolic link points to a file that does not exist; not read");
        });
    }
}
