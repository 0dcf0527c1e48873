package kg.trustbox.examples;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Where a run writes: the output folder, checked before anything is done, and a folder of its own
 * per term (and per database), never one an earlier run wrote into.
 */
final class OutputFolders {
    private OutputFolders() {
    }

    /**
     * Creates {@code out} if needed and checks that a file can be written in it.
     *
     * @throws Demo.Failure naming why not: not a directory, permission denied, read-only file system
     */
    static void requireWritable(DemoWords words, Path out) {
        Path folder = out.toAbsolutePath().normalize();
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new Demo.Failure(words.text("error.notDirectory", folder, p));
                }
                break;
            }
        }
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".trustbox-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new Demo.Failure(cannotWrite(words, folder, e));
        }
    }

    /** Why {@code folder} cannot be written, in words. */
    static String cannotWrite(DemoWords words, Path folder, IOException e) {
        Path where = folder.toAbsolutePath().normalize();
        if (e instanceof AccessDeniedException) {
            return words.text("error.permission", where);
        }
        if (e instanceof NotDirectoryException || e instanceof NoSuchFileException) {
            return words.text("error.notDirectory", where, ((FileSystemException) e).getFile());
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String reason = f.getReason();
            if (reason.contains("Read-only file system")) {
                return words.text("error.readOnly", where);
            }
            if (reason.contains("Permission denied")) {
                return words.text("error.permission", where);
            }
            if (reason.contains("Not a directory")) {
                return words.text("error.notDirectory", where, f.getFile());
            }
            return words.text("error.write", where, reason);
        }
        return words.text("error.write", where, String.valueOf(e.getMessage()));
    }

    /**
     * The folder of the term starting on {@code start}: {@code <out>/<school year>-<term>}, for example
     * {@code 2026-2027-1}, with the database kind added when a JDBC URL was given
     * ({@code 2026-2027-1-postgresql}). When that folder already holds files (an earlier run's), the
     * next free name ({@code 2026-2027-1-2}, ...) is taken and {@code say} is told.
     */
    static Path runFolder(DemoWords words, Path out, LocalDate start, Optional<String> jdbcUrl, Consumer<String> say) throws IOException {
        String name = termName(start) + jdbcUrl.map(u -> "-" + u.split(":")[1]).orElse("");
        Path base = out.toAbsolutePath().normalize();
        Path folder = base.resolve(name);
        for (int n = 2; !isEmptyOrAbsent(folder); n++) {
            folder = base.resolve(name + "-" + n);
        }
        if (!folder.getFileName().toString().equals(name)) {
            say.accept(words.text("folder.taken", base.resolve(name), folder));
        }
        return Files.createDirectories(folder);
    }

    /** The school year and the term within it: a term starting from August is the first, from January the second, from May the third. */
    static String termName(LocalDate start) {
        int month = start.getMonthValue();
        int year = month >= 8 ? start.getYear() : start.getYear() - 1;
        int term = month >= 8 ? 1 : month <= 4 ? 2 : 3;
        return year + "-" + (year + 1) + "-" + term;
    }

    private static boolean isEmptyOrAbsent(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }
}
