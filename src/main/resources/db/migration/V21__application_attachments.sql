-- Files attached to grant applications (grants package). The content lives in the same database
-- as the application, so an upload commits or rolls back with everything else in its request.
-- LONGBLOB: MySQL/MariaDB BLOB stops at 64 KB; H2 (MODE=LEGACY) reads LONGBLOB as a BLOB too.

CREATE TABLE application_attachment (
    id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    media_type     VARCHAR(100) NOT NULL,
    size_bytes     BIGINT NOT NULL,
    sha256         CHAR(64) NOT NULL,
    content        LONGBLOB NOT NULL,
    uploaded_by    VARCHAR(254) NOT NULL,
    uploaded_at    DATETIME(6) NOT NULL,
    -- the same file twice on one application is refused, even by two uploads at the same moment
    CONSTRAINT uq_attachment_content UNIQUE (application_id, sha256),
    CONSTRAINT fk_attachment_application FOREIGN KEY (application_id) REFERENCES grant_application (id)
);
