-- Routing of the secretariat's grant work (grants/infrastructure/GrantTaskRouting):
-- a call's team (the grants officers responsible for it) and a secretariat user's regional portfolio.

CREATE TABLE grant_call_team (
    call_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (call_id, user_id),
    CONSTRAINT fk_call_team_call FOREIGN KEY (call_id) REFERENCES grant_call (id) ON DELETE CASCADE,
    CONSTRAINT fk_call_team_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
-- the inbox reads a user's calls on every request of a secretariat user
CREATE INDEX ix_call_team_user ON grant_call_team (user_id, call_id);

CREATE TABLE user_region (
    user_id BIGINT NOT NULL,
    region  VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, region),
    CONSTRAINT fk_user_region_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
-- routing asks whether anyone covers a region
CREATE INDEX ix_user_region_region ON user_region (region, user_id);
