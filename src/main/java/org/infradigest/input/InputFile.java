package org.infradigest.input;

import java.nio.file.Path;

/**
 * One file found under an input folder.
 *
 * @param path absolute, normalised path
 * @param name what users see: the input folder's name and the path below it ("seeds/000_3f57.txt")
 */
public record InputFile(Path path, String name) {
}
