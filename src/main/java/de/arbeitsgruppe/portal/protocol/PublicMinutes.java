package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolPdf;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolVersions;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The approved minutes of public meetings for everyone, without a login (the OParl interface): the
 * newest approved version, cut down to its public items and free of persons
 * ({@link ProtocolContent#forPublic}). Minutes still in draft or sent round are not published, nor
 * those of a meeting that is not public (any more).
 */
@Service
public class PublicMinutes {

    private final MeetingManagement meetings;
    private final Protocols protocols;
    private final ProtocolVersions versions;
    private final PortalProperties properties;

    PublicMinutes(MeetingManagement meetings, Protocols protocols, ProtocolVersions versions,
            PortalProperties properties) {
        this.meetings = meetings;
        this.protocols = protocols;
        this.versions = versions;
        this.properties = properties;
    }

    /**
     * The approved minutes of a public meeting as everyone may read them.
     *
     * @return the version's number, when it was approved (or corrected) and its public content
     */
    public Optional<Published> of(String meetingId) {
        var meeting = meetingId == null ? Optional.<Meeting>empty() : meetings.publicMeeting(meetingId);
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        // the public meeting's agenda holds its public items only
        var publicNow = meeting.get().getAgenda().stream().map(AgendaItem::getId).collect(Collectors.toSet());
        var group = properties.workingGroupId();
        return protocols.findByIdAndWorkingGroupId(meetingId, group)
                .filter(protocol -> protocol.getCurrentVersion() > 0)
                .flatMap(protocol -> versions.findByIdAndWorkingGroupId(
                        protocol.getId() + "/v" + protocol.getCurrentVersion(), group))
                .map(version -> new Published(version.getNumber(), version.getCreatedAt(),
                        version.getContent().forPublic(publicNow)));
    }

    /**
     * The public minutes as PDF/A. Rendering costs a tenth of a second or more, and anyone may ask
     * without a login, so the last few are kept on this node by what they hold (meeting, version and the
     * items of the public content): a change makes a new key, so a copy is never outdated, only dropped when old.
     */
    public Optional<byte[]> pdf(String meetingId) {
        return of(meetingId).map(published -> {
            // the key names the items of the very content rendered: read from the meeting a second time, an item
            // made public in between would be kept under the key without it and shown after it turned internal again
            var key = meetingId + "/v" + published.version() + "/" + published.content().items().stream()
                    .map(ProtocolContent.Item::agendaItemId).sorted().collect(Collectors.joining(","));
            var kept = rendered.get(key);
            if (kept != null) {
                return kept;
            }
            // rendered outside the map's lock, so one slow render does not hold up the copies already kept;
            // two requests at once may both render, and both get the same document
            var pdf = ProtocolPdf.render(published.content());
            rendered.put(key, pdf);
            return pdf;
        });
    }

    private final Map<String, byte[]> rendered = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > RENDERED_KEPT;
        }
    });
    private static final int RENDERED_KEPT = 16;

    /** @param approvedAt when this version was approved or corrected */
    public record Published(int version, Instant approvedAt, ProtocolContent content) {
    }
}
