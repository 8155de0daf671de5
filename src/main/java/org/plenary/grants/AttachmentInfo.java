package org.plenary.grants;

import java.io.Serializable;
import java.time.Instant;

/** An attachment without its content: what lists, permission checks and audit snapshots need. */
public record AttachmentInfo(Long id, Long applicationId, String fileName, String mediaType, long size,
        String sha256, String uploadedBy, Instant uploadedAt) implements Serializable {

    /** The JPQL select list that builds this record, so that lists never read the content. */
    public static final String SELECT = "select new org.plenary.grants.AttachmentInfo(a.id, a.applicationId, "
            + "a.fileName, a.mediaType, a.size, a.sha256, a.uploadedBy, a.uploadedAt) from ApplicationAttachment a ";

    /** The size for people: "312 KB", "2.4 MB". */
    public String sizeText() {
        if (size < 1024 * 1024) {
            return Math.max(1, Math.round(size / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
