package de.arbeitsgruppe.portal.oparl;

import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.protocol.ProtocolContent;
import de.arbeitsgruppe.portal.protocol.ProtocolProperties;
import de.arbeitsgruppe.portal.protocol.PublicMinutes;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What the interface publishes of each source record, as OParl objects without their times (those
 * are the projection's, see {@link OParlReconciler}). Only what is public goes in: a meeting as
 * {@link Meeting#withoutInternals()} gives it, without the organiser's name, the online link or any
 * invitee; the minutes as {@link ProtocolContent#forPublic} gives them. Texts in German, the
 * language of the content.
 */
@Component
class OParlPayloads {

    private final PortalTranslations translations;
    private final ProtocolProperties protocol;
    private final OParlProperties properties;

    OParlPayloads(PortalTranslations translations, ProtocolProperties protocol, OParlProperties properties) {
        this.translations = translations;
        this.protocol = protocol;
        this.properties = properties;
    }

    static String bodyPath(String body) {
        return "body/" + body;
    }

    static String listPath(String body, OParlType type) {
        return type == OParlType.BODY ? type.listSegment() : bodyPath(body) + "/" + type.listSegment();
    }

    static String groupPath(String body) {
        return "organization/arbeitsgruppe-" + body;
    }

    static String meetingPath(String meetingId) {
        return "meeting/" + meetingId;
    }

    static String locationPath(String meetingId) {
        return "location/" + meetingId;
    }

    static String itemPath(String itemId) {
        return "agenda-item/" + itemId;
    }

    static String invitationPath(String meetingId) {
        return "file/" + meetingId + "-einladung";
    }

    static String minutesPath(String meetingId) {
        return "file/" + meetingId + "-protokoll";
    }

    OParlJson.Obj system() {
        return OParlJson.object(OParlType.SYSTEM, "system")
                .text("oparlVersion", OParlType.SCHEMA)
                .link("body", listPath(null, OParlType.BODY))
                .text("name", text("oparl.system.name", protocol.groupName()))
                .text("license", properties.license());
    }

    OParlJson.Obj body(String body) {
        return OParlJson.object(OParlType.BODY, bodyPath(body))
                .link("system", "system")
                .text("name", protocol.groupName())
                .text("classification", text("oparl.body.classification"))
                .text("license", properties.license())
                .link("organization", listPath(body, OParlType.ORGANIZATION))
                .link("person", listPath(body, OParlType.PERSON))
                .link("meeting", listPath(body, OParlType.MEETING))
                .link("paper", listPath(body, OParlType.PAPER))
                .requiredList("legislativeTerm")
                .link("agendaItem", listPath(body, OParlType.AGENDA_ITEM))
                .link("consultation", listPath(body, OParlType.CONSULTATION))
                .link("file", listPath(body, OParlType.FILE))
                .link("locationList", listPath(body, OParlType.LOCATION))
                .link("legislativeTermList", listPath(body, OParlType.LEGISLATIVE_TERM))
                .link("membership", listPath(body, OParlType.MEMBERSHIP));
    }

    /** The working group itself: the committee whose meetings these are. */
    OParlJson.Obj group(String body) {
        return OParlJson.object(OParlType.ORGANIZATION, groupPath(body))
                .link("body", bodyPath(body))
                .text("name", protocol.groupName())
                .text("organizationType", text("oparl.group.type"))
                .text("classification", text("oparl.body.classification"))
                .link("meeting", listPath(body, OParlType.MEETING));
    }

    OParlJson.Obj member(String body, OrganisationSummary organisation) {
        return OParlJson.object(OParlType.ORGANIZATION, "organization/" + organisation.id())
                .link("body", bodyPath(body))
                .text("name", organisation.name())
                .text("shortName", organisation.shortName())
                .text("organizationType", text("oparl.member.type"))
                .text("classification", organisation.kind() == null ? null
                        : text("organisation.kind." + organisation.kind().name().toLowerCase()));
    }

    OParlJson.Obj location(Meeting meeting) {
        return OParlJson.object(OParlType.LOCATION, locationPath(meeting.getId()))
                .text("description", meeting.getPlace())
                .links("meetings", List.of(meetingPath(meeting.getId())));
    }

    /**
     * @param position the item's place among the public items shown, from 1; {@code order} counts from 0
     *        ("wenn alle Tagesordnungspunkte von 0 an durchgehend numeriert werden", its place in
     *        {@code Meeting.agendaItem})
     */
    OParlJson.Obj item(Meeting meeting, AgendaItem item, int position, PublicMinutes.Published minutes) {
        var decisions = minutes == null ? List.<ProtocolContent.DecisionLine>of() : minutes.content().items().stream()
                .filter(written -> item.getId().equals(written.agendaItemId()))
                .flatMap(written -> written.decisions().stream()).toList();
        var start = item.getPlannedStart();
        return OParlJson.object(OParlType.AGENDA_ITEM, itemPath(item.getId()))
                .link("meeting", meetingPath(meeting.getId()))
                .text("number", Integer.toString(item.numberIn(position - 1)))
                .number("order", position - 1)
                .text("name", item.getTitle())
                .flag("public", true)
                .text("result", decisions.stream().map(decision -> text(decision.result()))
                        .distinct().collect(Collectors.joining("; ")))
                .text("resolutionText", decisions.stream()
                        .map(decision -> decision.number() == null ? decision.wording()
                                : decision.number() + ": " + decision.wording())
                        .collect(Collectors.joining("\n\n")))
                .dateTime("start", start)
                .dateTime("end", start == null ? null : start.plusSeconds(60L * item.getPlannedMinutes()));
    }

    /**
     * The invitation as a plain web page of the public agenda (see {@link OParlFiles}): it holds exactly
     * what the interface publishes, where the meeting's iCalendar file would name the organiser.
     */
    OParlJson.Obj invitation(Meeting meeting) {
        var path = invitationPath(meeting.getId());
        return OParlJson.object(OParlType.FILE, path)
                .text("name", text("oparl.file.invitation", meeting.getTitle()))
                .text("fileName", OParlFiles.invitationFileName(meeting))
                .text("mimeType", "text/html")
                .text("date", OParlJson.date(meeting.getStart().atZone(Formats.ZONE).toLocalDate()))
                .link("accessUrl", path + "/" + OParlFiles.CONTENT)
                .link("downloadUrl", path + "/" + OParlFiles.DOWNLOAD)
                .links("meeting", List.of(meetingPath(meeting.getId())))
                .content(invitationPage(meeting));
    }

    OParlJson.Obj minutes(Meeting meeting, PublicMinutes.Published minutes) {
        var path = minutesPath(meeting.getId());
        return OParlJson.object(OParlType.FILE, path)
                .text("name", text("oparl.file.minutes", minutes.version()))
                .text("fileName", OParlFiles.minutesFileName(meeting, minutes.version()))
                .text("mimeType", "application/pdf")
                .text("date", minutes.approvedAt() == null ? null
                        : OParlJson.date(minutes.approvedAt().atZone(Formats.ZONE).toLocalDate()))
                .link("accessUrl", path + "/" + OParlFiles.CONTENT)
                .link("downloadUrl", path + "/" + OParlFiles.DOWNLOAD)
                .links("meeting", List.of(meetingPath(meeting.getId())))
                // the PDF is the frozen version cut to the items public now: a change of those changes the file
                .content(minutes.content().items().stream().map(ProtocolContent.Item::agendaItemId)
                        .collect(Collectors.joining(",")));
    }

    /** The public agenda as a plain, accessible page: what the Meeting object says, readable by people. */
    String invitationPage(Meeting meeting) {
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(text("oparl.file.invitation", meeting.getTitle()))).append("</title></head><body>\n<h1>")
                .append(escape(meeting.getTitle())).append("</h1>\n<p>")
                .append(escape(Formats.dateTime(meeting.getStart()))).append(" – ")
                .append(escape(Formats.end(meeting.getStart(), meeting.getEnd()))).append("</p>\n");
        if (meeting.isCancelled()) {
            html.append("<p><strong>").append(escape(text("meeting.state.cancelled"))).append("</strong></p>\n");
        }
        if (meeting.getPlace() != null) {
            html.append("<p>").append(escape(text("oparl.invitation.place"))).append(": ")
                    .append(escape(meeting.getPlace())).append("</p>\n");
        }
        if (!meeting.getAgenda().isEmpty()) {
            html.append("<h2>").append(escape(text("oparl.invitation.agenda"))).append("</h2>\n<ol>\n");
            var index = 0;
            for (var item : meeting.getAgenda()) {
                html.append("<li value=\"").append(item.numberIn(index++)).append("\">")
                        .append(escape(item.getTitle())).append("</li>\n");
            }
            html.append("</ol>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    String meetingState(Meeting meeting) {
        return text(meeting.getState().translationKey());
    }

    private String text(String key, Object... parameters) {
        return translations.getTranslation(key, PortalTranslations.GERMAN, parameters);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, StandardCharsets.UTF_8.name());
    }
}
