package org.infradigest.input;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.infradigest.domain.Reject;

/**
 * Lists the input files of one kind under the input folders: news is every regular file outside a
 * {@code stats/} folder, statistics every file inside one. Hidden files are skipped. Links that lead outside
 * their input folder are rejected, never followed, so a run reads only what it was given.
 */
public final class InputScanner {

    /** Which files a step reads. */
    public enum Kind {
        NEWS("ingestNews"), STATISTICS("ingestStats");

        private final String step;

        Kind(String step) {
            this.step = step;
        }

        public String step() {
            return step;
        }
    }

    private final Kind kind;
    private final String step;

    public InputScanner(Kind kind) {
        this.kind = kind;
        this.step = kind.step();
    }

    /** Files found, in a stable order, and what could not be listed. */
    public record Scan(List<InputFile> files, List<Reject> rejects) {
    }

    public Scan scan(List<Path> roots) {
        List<InputFile> files = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (Path configured : roots) {
            Path root = configured.toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                continue; // an absent optional folder (e.g. input/ on a fresh clone) is not an error
            }
            walk(root, files, rejects);
        }
        files.sort(Comparator.comparing(InputFile::name).thenComparing(InputFile::path));
        return new Scan(List.copyOf(files), List.copyOf(rejects));
    }

    private void walk(Path root, List<InputFile> files, List<Reject> rejects) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            rejects.add(new Reject(step, root.toString(), "", "input folder cannot be read: " + e.getMessage()));
            return;
        }
        String rootName = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    boolean hidden = !dir.equals(root) && name != null && name.toString().startsWith(".");
                    boolean stats = !dir.equals(root) && name != null && name.toString().equals("stats");
                    return hidden || (stats && kind == Kind.NEWS) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path relative = root.relativize(file);
                    if (kind == Kind.STATISTICS && !underStatsFolder(relative)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = rootName + "/" + relative.toString().replace('\\', '/');
                    if (attrs.isSymbolicLink()) {
                        acceptLink(file, name, realRoot, files, rejects);
                    } else if (attrs.isRegularFile()) {
                        files.add(new InputFile(file, name));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    rejects.add(new Reject(step, file.toString(), "", "cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            rejects.add(new Reject(step, root.toString(), "", "input folder cannot be listed: " + e.getMessage()));
        }
    }

    private static boolean underStatsFolder(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().equals("stats")) {
                return true;
            }
        }
        return false;
    }

    private void acceptLink(Path link, String name, Path realRoot, List<InputFile> files, List<Reject> rejects) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(realRoot)) {
                rejects.add(new Reject(step, name, "", "symbolic link points outside the input folder; not read"));
            } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                files.add(new InputFile(link, name));
            }
        } catch (NoSuchFileException e) { // its target was deleted, or never existed
            rejects.add(new Reject(step, name, "", "symbolic link points to a file that does not exist; not read"));
        } catch (IOException e) {
            rejects.add(new Reject(step, name, "", "symbolic link cannot be resolved: " + e.getMessage()));
        }
    }
}
