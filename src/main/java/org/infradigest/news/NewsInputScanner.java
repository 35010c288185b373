package org.infradigest.news;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.infradigest.domain.Reject;

/**
 * Lists the news files under the input folders: every regular file except hidden ones and anything under a
 * {@code stats/} folder (statistics have their own step). Links that lead outside their input folder are
 * rejected, never followed, so a run reads only what it was given.
 */
public final class NewsInputScanner {

    static final String STEP = "ingestNews";

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
            rejects.add(new Reject(STEP, root.toString(), "", "input folder cannot be read: " + e.getMessage()));
            return;
        }
        String rootName = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    if (!dir.equals(root) && name != null
                            && (name.toString().startsWith(".") || name.toString().equals("stats"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = rootName + "/" + root.relativize(file).toString().replace('\\', '/');
                    if (attrs.isSymbolicLink()) {
                        acceptLink(file, name, realRoot, files, rejects);
                    } else if (attrs.isRegularFile()) {
                        files.add(new InputFile(file, name));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    rejects.add(new Reject(STEP, file.toString(), "", "cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            rejects.add(new Reject(STEP, root.toString(), "", "input folder cannot be listed: " + e.getMessage()));
        }
    }

    private static void acceptLink(Path link, String name, Path realRoot, List<InputFile> files, List<Reject> rejects) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(realRoot)) {
                rejects.add(new Reject(STEP, name, "", "symbolic link points outside the input folder; not read"));
            } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                files.add(new InputFile(link, name));
            }
        } catch (IOException e) {
            rejects.add(new Reject(STEP, name, "", "symbolic link cannot be resolved: " + e.getMessage()));
        }
    }
}
