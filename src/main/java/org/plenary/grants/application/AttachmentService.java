package org.plenary.grants.application;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditSnapshot;
import org.plenary.audit.application.AuditTrail;
import org.plenary.grants.ApplicationAttachment;
import org.plenary.grants.ApplicationStatus;
import org.plenary.grants.AttachmentContent;
import org.plenary.grants.AttachmentInfo;
import org.plenary.grants.AttachmentType;
import org.plenary.grants.GrantApplication;
import org.plenary.identity.Caller;
import org.plenary.identity.Role;
import org.plenary.identity.application.CallerProvider;
import org.plenary.platform.AccessDeniedException;
import org.plenary.platform.InvalidInputException;
import org.plenary.platform.NotFoundException;
import org.plenary.platform.TimeSource;
import org.plenary.platform.config.PlenarySettings;

/**
 * Files attached to an application. Applicants of the owning organisation add and remove them while
 * the application is a draft; whoever may read the application (its organisation, the network's
 * staff once submitted) lists and downloads them. Every upload is checked by content, not by name;
 * every addition, removal and download is audited (never the file's name or content).
 */
@ApplicationScoped
public class AttachmentService {

    /** The configuration key of the largest file accepted, in bytes. */
    public static final String MAX_BYTES_KEY = "plenary.attachments.max-bytes";
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_PER_APPLICATION = 10;

    @PersistenceContext(unitName = "plenary")
    EntityManager em;

    @Inject
    CallerProvider callers;

    @Inject
    AuditTrail audit;

    @Inject
    TimeSource time;

    @Inject
    ReviewService reviews;

    /** A downloaded attachment: what it is and its bytes. */
    public record Download(AttachmentInfo info, byte[] content) {
    }

    /** The largest file accepted, in bytes (plenary.attachments.max-bytes, 10 MB unless configured). */
    public long maxBytes() {
        return PlenarySettings.get(MAX_BYTES_KEY).map(Long::parseLong).orElse(DEFAULT_MAX_BYTES);
    }

    /** Reads an upload, refusing it once it passes the size limit (without reading the rest into memory). */
    public byte[] readLimited(InputStream upload) {
        long max = maxBytes();
        try (InputStream in = upload) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw new InvalidInputException("attachment.tooLarge", megabytes(max));
            }
            return content;
        } catch (IOException e) {
            throw new InvalidInputException("attachment.unreadable");
        }
    }

    @Transactional
    public AttachmentInfo add(long applicationId, String fileName, byte[] content) {
        Caller caller = callers.current();
        GrantApplication application = ownDraftLocked(caller, applicationId);
        String name = AttachmentContent.safeName(fileName)
                .orElseThrow(() -> new InvalidInputException("attachment.nameRequired"));
        if (content != null && content.length > maxBytes()) {
            throw new InvalidInputException("attachment.tooLarge", megabytes(maxBytes()));
        }
        AttachmentType type = AttachmentContent.check(name, content);
        long count = em.createQuery("select count(a) from ApplicationAttachment a where a.applicationId = :a",
                Long.class).setParameter("a", applicationId).getSingleResult();
        if (count >= MAX_PER_APPLICATION) {
            throw new InvalidInputException("attachment.tooMany", MAX_PER_APPLICATION);
        }
        String sha256 = sha256(content);
        boolean duplicate = !em.createQuery("select a.id from ApplicationAttachment a where a.applicationId = :a "
                + "and a.sha256 = :s", Long.class).setParameter("a", applicationId).setParameter("s", sha256)
                .getResultList().isEmpty();
        if (duplicate) {
            throw new InvalidInputException("attachment.duplicate");
        }
        ApplicationAttachment attachment = new ApplicationAttachment(applicationId, name, type, content, sha256,
                caller.email(), time.now());
        em.persist(attachment);
        try {
            em.flush();
        } catch (PersistenceException sameFileAtOnce) {
            throw new InvalidInputException("attachment.duplicate");
        }
        AttachmentInfo info = attachment.info();
        record(caller, "grants.attachment.added", application, info, null, snapshot(info));
        return info;
    }

    @Transactional
    public void remove(long applicationId, long attachmentId) {
        Caller caller = callers.current();
        GrantApplication application = ownDraftLocked(caller, applicationId);
        AttachmentInfo info = info(applicationId, attachmentId);
        em.createQuery("delete from ApplicationAttachment a where a.id = :id").setParameter("id", attachmentId)
                .executeUpdate();
        record(caller, "grants.attachment.removed", application, info, snapshot(info), null);
    }

    /** The application's attachments, oldest first, without their content. */
    @Transactional
    public List<AttachmentInfo> list(long applicationId) {
        readable(callers.current(), applicationId);
        return em.createQuery(AttachmentInfo.SELECT + "where a.applicationId = :a order by a.uploadedAt, a.id",
                AttachmentInfo.class).setParameter("a", applicationId).getResultList();
    }

    @Transactional
    public Download download(long applicationId, long attachmentId) {
        Caller caller = callers.current();
        GrantApplication application = readable(caller, applicationId);
        AttachmentInfo info = info(applicationId, attachmentId);
        byte[] content = em.createQuery("select a.content from ApplicationAttachment a where a.id = :id", byte[].class)
                .setParameter("id", attachmentId).getSingleResult();
        record(caller, "grants.attachment.downloaded", application, info, null, snapshot(info));
        return new Download(info, content);
    }

    /** Reviewers read the attachments of the applications they review, unless they declared a conflict. */
    protected boolean isAssignedReviewer(Caller caller, GrantApplication application) {
        return reviews.isReviewerOf(caller, application.getId());
    }

    private GrantApplication readable(Caller caller, long applicationId) {
        GrantApplication application = find(applicationId, LockModeType.NONE);
        if (!ApplicationService.maySee(caller, application) && !isAssignedReviewer(caller, application)) {
            throw new AccessDeniedException();
        }
        return application;
    }

    /** The application, locked until the end of the transaction so that a submission cannot slip past. */
    private GrantApplication ownDraftLocked(Caller caller, long applicationId) {
        if (!caller.has(Role.APPLICANT)) {
            throw new AccessDeniedException();
        }
        GrantApplication application = find(applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (!application.getOrganisation().getId().equals(caller.organisationId())) {
            throw new AccessDeniedException();
        }
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new InvalidInputException("attachment.notDraft");
        }
        return application;
    }

    private GrantApplication find(long applicationId, LockModeType lock) {
        GrantApplication application = em.find(GrantApplication.class, applicationId, lock);
        if (application == null) {
            throw new NotFoundException();
        }
        return application;
    }

    private AttachmentInfo info(long applicationId, long attachmentId) {
        return em.createQuery(AttachmentInfo.SELECT + "where a.id = :id and a.applicationId = :a", AttachmentInfo.class)
                .setParameter("id", attachmentId).setParameter("a", applicationId).getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private void record(Caller caller, String action, GrantApplication application, AttachmentInfo info,
            String before, String after) {
        audit.record(caller, new AuditEntry(action, "ApplicationAttachment", info.id().toString(),
                application.getOrganisation().getId(), before, after));
    }

    /** Ids, type, size and checksum: never the file name (it may name a person) nor the content. */
    static String snapshot(AttachmentInfo info) {
        return AuditSnapshot.with("applicationId", info.applicationId()).and("mediaType", info.mediaType())
                .and("size", info.size()).and("sha256", info.sha256()).json();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? String.valueOf(bytes / (1024 * 1024))
                : String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
