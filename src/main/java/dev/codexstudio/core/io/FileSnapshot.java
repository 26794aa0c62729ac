package dev.codexstudio.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What a file looked like when it was read: size, modification time and a SHA-256 of its bytes. Used to
 * detect that a file changed behind the studio's back before it is overwritten.
 *
 * @param exists false for a file that did not exist (a save must then not find one)
 */
public record FileSnapshot(Path path, boolean exists, long size, long modifiedMillis, String sha256) {

    public static FileSnapshot absent(Path path) {
        return new FileSnapshot(path, false, -1, -1, "");
    }

    public static FileSnapshot of(Path path, byte[] bytes, long modifiedMillis) {
        return new FileSnapshot(path, true, bytes.length, modifiedMillis, sha256(bytes));
    }

    /** Takes a snapshot of the file as it is now. */
    public static FileSnapshot take(Path path) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return absent(path);
        }
        if (attrs.isSymbolicLink()) {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        }
        byte[] bytes = Files.readAllBytes(path);
        return of(path, bytes, attrs.lastModifiedTime().toMillis());
    }

    /** True when the file on disk still has the bytes this snapshot saw. */
    public boolean matchesDisk() throws IOException {
        if (!Files.exists(path)) {
            return !exists;
        }
        if (!exists) {
            return false;
        }
        if (Files.size(path) != size) {
            return false;
        }
        return Arrays.equals(digest(Files.readAllBytes(path)), HexFormat.of().parseHex(sha256));
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
