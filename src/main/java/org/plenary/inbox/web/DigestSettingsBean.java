package org.plenary.inbox.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.plenary.inbox.DigestPreferences;
import org.plenary.inbox.application.DigestSettingsService;
import org.plenary.platform.web.Feedback;

/** The user's own settings page: the daily digest of the task inbox, on or off, and its hour. */
@Named
@ViewScoped
public class DigestSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DigestSettingsService settings;

    private boolean enabled;
    private Integer hour;
    private boolean chosen;
    private String timeZone;
    private Instant lastDigestAt;

    @PostConstruct
    void load() {
        show(settings.mine());
    }

    public void save() {
        show(settings.change(enabled, hour));
        Feedback.info("digest.saved");
    }

    private void show(DigestPreferences preferences) {
        enabled = preferences.enabled();
        hour = preferences.hour();
        chosen = preferences.chosen();
        timeZone = preferences.timeZone();
        lastDigestAt = preferences.lastDigestAt();
    }

    public List<Integer> getHours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    /** 7 as "07:00". */
    public String label(Integer value) {
        return value == null ? "" : String.format("%02d:00", value);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getHour() {
        return hour;
    }

    public void setHour(Integer hour) {
        this.hour = hour;
    }

    public boolean isChosen() {
        return chosen;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }
}
