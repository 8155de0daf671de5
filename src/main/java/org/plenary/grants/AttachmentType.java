package org.plenary.grants;

import java.util.List;
import java.util.Locale;

/** The kinds of file an applicant may attach, each with its media type and the file name endings that fit it. */
public enum AttachmentType {

    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt");

    private final String mediaType;
    private final List<String> extensions;

    AttachmentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extensions.get(0);
    }

    /** Whether a file name ends in one of this type's extensions (case does not matter). */
    public boolean fitsName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The accepted endings, for messages and the upload field: ".pdf, .png, …". */
    public static String acceptedEndings() {
        StringBuilder endings = new StringBuilder();
        for (AttachmentType type : values()) {
            for (String extension : type.extensions) {
                endings.append(endings.isEmpty() ? "" : ", ").append('.').append(extension);
            }
        }
        return endings.toString();
    }
}
