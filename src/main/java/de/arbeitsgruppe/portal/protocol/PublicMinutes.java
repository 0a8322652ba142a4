package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolPdf;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolVersions;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.PortalProperties;
import java.time.Instant;
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

    /** The public minutes as PDF/A, rendered on each call: the public version is never mailed, so none is kept. */
    public Optional<byte[]> pdf(String meetingId) {
        return of(meetingId).map(published -> ProtocolPdf.render(published.content()));
    }

    /** @param approvedAt when this version was approved or corrected */
    public record Published(int version, Instant approvedAt, ProtocolContent content) {
    }
}
