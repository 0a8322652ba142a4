package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingState;
import de.arbeitsgruppe.portal.protocol.internal.Decisions;
import de.arbeitsgruppe.portal.protocol.internal.NotesOfItems;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolPdf;
import de.arbeitsgruppe.portal.protocol.internal.ProtocolVersions;
import de.arbeitsgruppe.portal.protocol.internal.Protocols;
import de.arbeitsgruppe.portal.shared.ConflictException;
import de.arbeitsgruppe.portal.shared.CurrentUser;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.PortalUser;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.mongo.VersionedSave;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The way of minutes from draft to approved: sent round with a deadline for comments, approved by
 * the office under an item of a later meeting, corrected into new versions with a reason. On
 * approval and each correction the version is frozen and mailed with its PDF.
 */
@Service
public class ProtocolApproval {

    /** The longest reason a correction takes. */
    public static final int MAX_REASON = 1000;

    private final Protocols protocols;
    private final NotesOfItems notes;
    private final Decisions decisions;
    private final ProtocolVersions versions;
    private final MeetingManagement meetings;
    private final CurrentUser currentUser;
    private final ProtocolAccess access;
    private final ProtocolContents contents;
    private final ProtocolMailing mailing;
    private final DecisionDescriptions descriptions;
    private final PortalTranslations translations;
    private final ApplicationEventPublisher events;

    ProtocolApproval(Protocols protocols, NotesOfItems notes, Decisions decisions, ProtocolVersions versions,
            MeetingManagement meetings, CurrentUser currentUser, ProtocolAccess access, ProtocolContents contents,
            ProtocolMailing mailing, DecisionDescriptions descriptions, PortalTranslations translations,
            ApplicationEventPublisher events) {
        this.protocols = protocols;
        this.notes = notes;
        this.decisions = decisions;
        this.versions = versions;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.access = access;
        this.contents = contents;
        this.mailing = mailing;
        this.descriptions = descriptions;
        this.translations = translations;
        this.events = events;
    }

    /**
     * Sends the draft round: members (and invited partners) comment per item until the end of the deadline's day.
     *
     * @param link the address of the minutes in the portal, for the mail
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public MinutesDelivery circulate(String meetingId, long basedOnVersion, LocalDate deadline, String link) {
        var user = currentUser.require();
        var protocol = load(user, meetingId, basedOnVersion);
        if (protocol.getState() != ProtocolState.DRAFT) {
            throw access.refuse(user, "circulate", meetingId);
        }
        if (deadline == null || deadline.isBefore(Formats.today())) {
            throw new IllegalArgumentException("the deadline must not lie in the past");
        }
        var meeting = meeting(meetingId);
        var mails = mailing.circulated(meetingId, draft(meeting, protocol), link, deadline);
        protocol.setState(ProtocolState.CIRCULATING);
        protocol.setCommentDeadline(deadline);
        protocol.setCirculatedAt(Instant.now());
        var saved = VersionedSave.of(protocol, () -> protocols.save(protocol));
        var delivery = mails.get();
        descriptions.refreshQuietly(meeting, saved);
        return delivery;
    }

    /**
     * Takes minutes sent round back into the draft, e.g. to work the comments in; the comments stay,
     * and the minutes can be sent round again or approved.
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Protocol reopen(String meetingId, long basedOnVersion) {
        var user = currentUser.require();
        var protocol = load(user, meetingId, basedOnVersion);
        if (protocol.getState() != ProtocolState.CIRCULATING) {
            throw access.refuse(user, "reopen", meetingId);
        }
        protocol.setState(ProtocolState.DRAFT);
        protocol.setCommentDeadline(null);
        var saved = VersionedSave.of(protocol, () -> protocols.save(protocol));
        descriptions.refresh(meeting(meetingId), saved);
        return saved;
    }

    /**
     * Approves the minutes as version 1, frozen, and mails them with their PDF.
     *
     * @param approvedInMeetingId the later meeting under whose item "Genehmigung des Protokolls" they were approved
     */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public MinutesDelivery approve(String meetingId, long basedOnVersion, String approvedInMeetingId, String link) {
        var user = currentUser.require();
        var protocol = load(user, meetingId, basedOnVersion);
        if (protocol.getState() != ProtocolState.DRAFT && protocol.getState() != ProtocolState.CIRCULATING) {
            throw access.refuse(user, "approve", meetingId);
        }
        var meeting = meeting(meetingId);
        var approvedIn = approvalMeeting(meeting, approvedInMeetingId);
        protocol.setApprovedInMeetingId(approvedIn.getId());
        return freeze(user, meeting, protocol, null, link, approvedIn);
    }

    /** Opens approved minutes for a correction by the office; the approved versions stay as they are. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public Protocol startCorrection(String meetingId, long basedOnVersion) {
        var user = currentUser.require();
        var protocol = load(user, meetingId, basedOnVersion);
        if (protocol.getState() != ProtocolState.APPROVED) {
            throw access.refuse(user, "startCorrection", meetingId);
        }
        protocol.setState(ProtocolState.CORRECTING);
        return VersionedSave.of(protocol, () -> protocols.save(protocol));
    }

    /** Ends a correction: the next version, with its reason, frozen and mailed like the first. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public MinutesDelivery finishCorrection(String meetingId, long basedOnVersion, String reason, String link) {
        var user = currentUser.require();
        var protocol = load(user, meetingId, basedOnVersion);
        if (protocol.getState() != ProtocolState.CORRECTING) {
            throw access.refuse(user, "finishCorrection", meetingId);
        }
        var cleaned = Texts.trimToNull(Texts.multiLine(reason));
        if (cleaned == null || cleaned.length() > MAX_REASON) {
            throw new IllegalArgumentException("a correction needs a reason of at most " + MAX_REASON + " characters");
        }
        var meeting = meeting(meetingId);
        var approvedIn = protocol.getApprovedInMeetingId() == null ? null
                : meetings.find(protocol.getApprovedInMeetingId()).orElse(null);
        return freeze(user, meeting, protocol, cleaned, link, approvedIn);
    }

    private MinutesDelivery freeze(PortalUser user, Meeting meeting, Protocol protocol, String reason, String link,
            Meeting approvedIn) {
        var number = protocol.getCurrentVersion() + 1;
        // claims the number with a versioned save: of two approving at once, the second stops here,
        // before it touches any version
        protocol.setFreezing(number);
        var claimed = VersionedSave.of(protocol, () -> protocols.save(protocol));
        var now = Instant.now();
        // a correction keeps the day of approval; its own day is the version's
        var approvedAt = number == 1 ? now : claimed.getApprovedAt();
        var approval = new ProtocolContents.Approval(number, approvedAt,
                approvedIn == null ? null : approvalLine(approvedIn), reason);
        var content = contents.of(meeting, claimed, notes.findByProtocolIdAndWorkingGroupId(claimed.getId(),
                user.workingGroupId()), decisions.findByProtocolIdAndWorkingGroupIdOrderBySequence(claimed.getId(),
                user.workingGroupId()), approval);
        // the PDFs before any version: one that cannot be made leaves the minutes as they were
        var pdf = ProtocolPdf.render(content);
        var partnerPdf = ProtocolPdf.render(content.forPartners());
        var mails = mailing.approved(meeting.getId(), content, pdf, partnerPdf, link);
        var version = new ProtocolVersion(claimed, number, reason, now, user.displayName(), content);
        version.rendered(pdf, partnerPdf);
        // what an attempt that failed after its claim left under this number was never shown: replaced
        versions.findByIdAndWorkingGroupId(version.getId(), user.workingGroupId()).ifPresent(versions::delete);
        versions.insert(version);
        claimed.setState(ProtocolState.APPROVED);
        claimed.setCurrentVersion(number);
        claimed.setApprovedAt(approvedAt);
        claimed.setFreezing(0);
        var saved = VersionedSave.of(claimed, () -> protocols.save(claimed));
        var delivery = mails.get();
        events.publishEvent(new ProtocolApproved(meeting.getId(), user.workingGroupId(), number));
        descriptions.refreshQuietly(meeting, saved);
        return delivery;
    }

    /** Every approved version as the user may read it, the first first; partners read the partner versions. */
    @PreAuthorize("isAuthenticated()")
    public List<ProtocolVersion> versions(String meetingId) {
        var user = currentUser.require();
        var meeting = meeting(meetingId);
        var published = protocols.findByIdAndWorkingGroupId(meeting.getId(), user.workingGroupId())
                .filter(protocol -> access.mayRead(user, protocol)).map(Protocol::getCurrentVersion).orElse(0);
        return versions.findByProtocolIdAndWorkingGroupIdOrderByNumber(meeting.getId(), user.workingGroupId()).stream()
                .filter(version -> version.getNumber() <= published)
                .map(version -> user.isInternal() ? version : version.forPartners()).toList();
    }

    /**
     * The minutes as PDF: an approved version, or ({@code version} 0) the minutes as they stand now.
     * Partners get the partner version; a draft only those who may read it.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<byte[]> pdf(String meetingId, int version) {
        var user = currentUser.require();
        var meeting = meetings.find(meetingId);
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        var protocol = protocols.findByIdAndWorkingGroupId(meeting.get().getId(), user.workingGroupId())
                .filter(found -> access.mayRead(user, found));
        if (protocol.isEmpty()) {
            return Optional.empty();
        }
        var state = protocol.get().getState();
        if (version == 0 && (state == ProtocolState.APPROVED
                || state == ProtocolState.CORRECTING && !user.isCoordinatorOrAdmin())) {
            // approved minutes as they stand are the approved version: the very file that was mailed
            version = protocol.get().getCurrentVersion();
        }
        if (version == 0) {
            return Optional.ofNullable(readable(user, meeting.get(), protocol.get()))
                    .map(content -> ProtocolPdf.render(user.isInternal() ? content : content.forPartners()));
        }
        if (version > protocol.get().getCurrentVersion()) {
            return Optional.empty();
        }
        return versions.findByIdAndWorkingGroupId(protocol.get().getId() + "/v" + version, user.workingGroupId())
                .map(frozen -> user.isInternal() ? stored(frozen).getPdf() : stored(frozen).getPartnerPdf());
    }

    /** The version with its PDFs, made and kept on the first download where it has none (the demo's). */
    private ProtocolVersion stored(ProtocolVersion frozen) {
        if (frozen.getPdf() != null && frozen.getPartnerPdf() != null) {
            return frozen;
        }
        frozen.rendered(ProtocolPdf.render(frozen.getContent()), ProtocolPdf.render(frozen.getContent().forPartners()));
        try {
            return VersionedSave.of(frozen, () -> versions.save(frozen));
        } catch (RuntimeException notKept) {
            // another download kept the same PDFs a moment earlier, or the database is away: the file is made anyway
            return frozen;
        }
    }

    /** The minutes as they stand now, as the user may see them. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProtocolContent> current(String meetingId) {
        var user = currentUser.require();
        return meetings.find(meetingId).flatMap(meeting -> protocols
                .findByIdAndWorkingGroupId(meeting.getId(), user.workingGroupId())
                .filter(found -> access.mayRead(user, found))
                .map(protocol -> {
                    var content = readable(user, meeting, protocol);
                    return content == null || user.isInternal() ? content : content.forPartners();
                }));
    }

    /** Later meetings in which minutes can be approved: held or planned, not cancelled, after the meeting. */
    @PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
    public List<Meeting> approvalMeetings(String meetingId) {
        var meeting = meeting(meetingId);
        var until = meeting.getStart().plus(java.time.Duration.ofDays(366));
        return meetings.between(meeting.getEnd(), until).stream()
                .filter(later -> !later.isCancelled() && !later.getId().equals(meeting.getId()))
                .limit(50).toList();
    }

    /** The minutes as they stand; for readers during a correction the approved version, not the office's changes. */
    private ProtocolContent readable(PortalUser user, Meeting meeting, Protocol protocol) {
        if (protocol.getState() == ProtocolState.CORRECTING && !user.isCoordinatorOrAdmin()) {
            return versions.findByIdAndWorkingGroupId(protocol.getId() + "/v" + protocol.getCurrentVersion(),
                    user.workingGroupId()).map(ProtocolVersion::getContent).orElse(null);
        }
        return draft(meeting, protocol);
    }

    private ProtocolContent draft(Meeting meeting, Protocol protocol) {
        return contents.of(meeting, protocol,
                notes.findByProtocolIdAndWorkingGroupId(protocol.getId(), protocol.getWorkingGroupId()),
                decisions.findByProtocolIdAndWorkingGroupIdOrderBySequence(protocol.getId(), protocol.getWorkingGroupId()),
                protocol.getCurrentVersion() == 0 ? null : new ProtocolContents.Approval(protocol.getCurrentVersion(),
                        protocol.getApprovedAt(), null, null));
    }

    private Meeting approvalMeeting(Meeting meeting, String approvedInMeetingId) {
        var approvedIn = meetings.find(approvedInMeetingId)
                .orElseThrow(() -> new IllegalArgumentException("unknown meeting of approval"));
        if (!approvedIn.getStart().isAfter(meeting.getStart()) || approvedIn.getState() == MeetingState.CANCELLED) {
            throw new IllegalArgumentException("minutes are approved in a later meeting that takes place");
        }
        return approvedIn;
    }

    private String approvalLine(Meeting approvedIn) {
        return translations.getTranslation("protocol.approvedInLine", PortalTranslations.GERMAN, approvedIn.getTitle(),
                Formats.date(approvedIn.localStart().toLocalDate()));
    }

    private Protocol load(PortalUser user, String meetingId, long basedOnVersion) {
        var meeting = meeting(meetingId);
        var protocol = protocols.findByIdAndWorkingGroupId(meeting.getId(), user.workingGroupId())
                .orElseThrow(() -> new AccessDeniedException("no minutes"));
        if (!Objects.equals(protocol.getVersion(), basedOnVersion)) {
            throw new ConflictException();
        }
        return protocol;
    }

    private Meeting meeting(String meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new AccessDeniedException("unknown meeting"));
    }
}
