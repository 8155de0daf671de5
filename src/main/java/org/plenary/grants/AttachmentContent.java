package org.plenary.grants;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.plenary.platform.InvalidInputException;

/**
 * What an uploaded file really is, read from its bytes and never from its name: a PDF, a PNG, a
 * JPEG, or a ZIP that is a Word document (DOCX), an Excel workbook (XLSX) or an OpenDocument text
 * (ODT). Macro-enabled Office files, executables, HTML, SVG and anything else are refused, and the
 * name must end the way the content says. ZIP files are read with limits, so that a small "zip
 * bomb" cannot make the server inflate gigabytes.
 */
public final class AttachmentContent {

    /** At most this many ZIP entries are looked at. */
    static final int MAX_ZIP_ENTRIES = 2_000;
    /** At most this many bytes are inflated from one ZIP file in total. */
    static final long MAX_ZIP_INFLATED = 100L * 1024 * 1024;
    /** The small parts read into memory ([Content_Types].xml, mimetype) may be at most this long. */
    static final int MAX_PART = 256 * 1024;
    /** Names longer than this are shortened, keeping the extension. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private AttachmentContent() {
    }

    /**
     * The type of an upload that may be kept, or a refusal: empty, not an accepted kind, or a name
     * that does not match the content.
     */
    public static AttachmentType check(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("attachment.empty");
        }
        AttachmentType type = detect(bytes)
                .orElseThrow(() -> new InvalidInputException("attachment.typeNotAllowed", AttachmentType.acceptedEndings()));
        if (!type.fitsName(fileName)) {
            throw new InvalidInputException("attachment.extensionMismatch", type.name(), type.extension());
        }
        return type;
    }

    /** The accepted type these bytes are, judged from the bytes alone. */
    public static Optional<AttachmentType> detect(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return Optional.of(AttachmentType.PDF);
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of(AttachmentType.PNG);
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(AttachmentType.JPEG);
        }
        if (startsWith(bytes, ZIP)) {
            return zipType(bytes);
        }
        return Optional.empty();
    }

    /**
     * A file name safe to store and to send back in a header: the last path segment only, no
     * control or reserved characters, at most {@link #MAX_NAME_LENGTH} characters with the
     * extension kept. Empty when nothing usable is left.
     */
    public static Optional<String> safeName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String cleaned = Normalizer.normalize(last, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*;]", "_").trim();
        cleaned = cleaned.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (cleaned.isEmpty() || cleaned.replace("_", "").isBlank()) {
            return Optional.empty();
        }
        if (cleaned.length() > MAX_NAME_LENGTH) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return Optional.of(cleaned);
    }

    private static Optional<AttachmentType> zipType(byte[] bytes) {
        Set<String> names = new HashSet<>();
        String contentTypes = null;
        String firstName = null;
        String mimetype = null;
        long inflated = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return Optional.empty();
                }
                String name = entry.getName();
                boolean first = firstName == null;
                if (first) {
                    firstName = name;
                }
                names.add(name);
                boolean keep = name.equals(CONTENT_TYPES) || first && name.equals("mimetype");
                ByteArrayOutputStream part = keep ? new ByteArrayOutputStream() : null;
                long read = drain(zip, part, MAX_ZIP_INFLATED - inflated);
                if (read < 0) {
                    return Optional.empty();
                }
                inflated += read;
                if (name.equals(CONTENT_TYPES)) {
                    contentTypes = part.toString(StandardCharsets.UTF_8);
                } else if (keep) {
                    mimetype = part.toString(StandardCharsets.US_ASCII);
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        if (AttachmentType.ODT.mediaType().equals(mimetype)) {
            boolean macros = names.stream().anyMatch(n -> n.startsWith("Basic/") || n.startsWith("Scripts/"));
            return macros || !names.contains("content.xml") ? Optional.empty() : Optional.of(AttachmentType.ODT);
        }
        if (contentTypes == null || names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))
                || contentTypes.toLowerCase(Locale.ROOT).contains("macroenabled")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml") && contentTypes.contains(WORD_MAIN)) {
            return Optional.of(AttachmentType.DOCX);
        }
        if (names.contains("xl/workbook.xml") && contentTypes.contains(EXCEL_MAIN)) {
            return Optional.of(AttachmentType.XLSX);
        }
        return Optional.empty();
    }

    /** Reads one entry to its end, keeping it in part if asked; -1 when it passes the limits. */
    private static long drain(InputStream entry, ByteArrayOutputStream part, long allowed) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = entry.read(buffer)) > 0) {
            total += n;
            if (total > allowed || part != null && total > MAX_PART) {
                return -1;
            }
            if (part != null) {
                part.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
