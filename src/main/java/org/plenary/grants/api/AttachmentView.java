package org.plenary.grants.api;

import java.time.Instant;

import org.plenary.grants.AttachmentInfo;

/** An attachment as the API lists it (never its content). */
public record AttachmentView(Long id, Long applicationId, String fileName, String mediaType, long size, String sha256,
        String uploadedBy, Instant uploadedAt) {

    public static AttachmentView of(AttachmentInfo a) {
        return new AttachmentView(a.id(), a.applicationId(), a.fileName(), a.mediaType(), a.size(), a.sha256(),
                a.uploadedBy(), a.uploadedAt());
    }
}
