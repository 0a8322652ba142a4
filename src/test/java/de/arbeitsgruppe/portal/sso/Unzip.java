package de.arbeitsgruppe.portal.sso;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.zip.ZipFile;

/** Unpacks the Keycloak distribution zip; the zip format does not carry the scripts' executable bit. */
final class Unzip {

    private Unzip() {
    }

    /** Unpacks into a temporary sibling and renames it, so a half-unpacked folder is never used. */
    static void distribution(Path zip, Path target) throws IOException {
        Path staging = Files.createTempDirectory(target.getParent(), target.getFileName() + "-unpacking-");
        try (var zipFile = new ZipFile(zip.toFile())) {
            for (var entry : zipFile.stream().toList()) {
                // the zip has one top folder (keycloak-26.7.3/): strip it
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                if (name.isEmpty()) {
                    continue;
                }
                Path file = staging.resolve(name).normalize();
                if (!file.startsWith(staging)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (var in = zipFile.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                if (name.startsWith("bin/") && name.endsWith(".sh")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        deleteRecursively(target);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
