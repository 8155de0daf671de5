package org.plenary.grants;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A file attached to an application (a budget sheet, a registration certificate, a letter of
 * support), kept in the database with the application so that a change commits or rolls back as a
 * whole. The content is read only when someone downloads it; lists read {@link AttachmentInfo}.
 */
@Entity
@Table(name = "application_attachment")
public class ApplicationAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ApplicationAttachment() {
    }

    public ApplicationAttachment(Long applicationId, String fileName, AttachmentType type, byte[] content,
            String sha256, String uploadedBy, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.fileName = fileName;
        this.mediaType = type.mediaType();
        this.size = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public AttachmentInfo info() {
        return new AttachmentInfo(id, applicationId, fileName, mediaType, size, sha256, uploadedBy, uploadedAt);
    }

    public Long getId() {
        return id;
    }
}
