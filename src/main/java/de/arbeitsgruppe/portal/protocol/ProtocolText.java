package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.protocol.ProtocolContent.DecisionLine;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Header;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Item;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.People;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.ReviewLine;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.TaskLine;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.text.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The minutes as plain text, always in the same order, for the word diff between two versions:
 * header, attendance, then per item its title, notes, internal notes, decisions, "Stand der Aufgaben"
 * and tasks, one task a line. What only
 * tells versions apart (number, time of approval, reason) is left out, so the diff shows what was
 * corrected and nothing else. German, like the minutes themselves.
 */
public final class ProtocolText {

    private static final PortalTranslations TRANSLATIONS = new PortalTranslations();
    private static final Pattern ITEM_TITLE = itemTitle();

    private ProtocolText() {
    }

    public static String of(ProtocolContent content) {
        var blocks = new ArrayList<String>();
        blocks.add(header(content.header()));
        blocks.add(attendance(content.attendance()));
        for (Item item : content.items()) {
            blocks.add(item(item));
        }
        return String.join("\n\n", blocks.stream().filter(block -> !block.isEmpty()).toList()) + "\n";
    }

    /** Whether a line of the text is the title of an item ("TOP 3 Bericht"), which tells readers where they are. */
    public static boolean isItemTitle(String line) {
        return ITEM_TITLE.matcher(line).matches();
    }

    /** "TOP 3 …": the words before the number in the title of an item, then the number. */
    private static Pattern itemTitle() {
        var pattern = t("protocol.versions.text.item");
        return Pattern.compile(Pattern.quote(pattern.substring(0, pattern.indexOf("{0}"))) + "\\d+ .*");
    }

    private static String header(Header header) {
        if (header == null) {
            return "";
        }
        var lines = new ArrayList<String>();
        add(lines, header.groupName());
        add(lines, header.meetingType() == null ? header.meetingTitle()
                : t(header.meetingType()) + ": " + header.meetingTitle());
        if (header.start() != null) {
            var end = header.end() == null ? "" : " – " + Formats.end(header.start(), header.end());
            lines.add(t("protocol.versions.text.date", Formats.dateTime(header.start()) + end));
        }
        labelled(lines, "protocol.versions.text.place", header.place());
        labelled(lines, "protocol.versions.text.chair", header.chair());
        labelled(lines, "protocol.versions.text.minuteTaker", header.minuteTaker());
        return String.join("\n", lines);
    }

    private static String attendance(People people) {
        if (people == null) {
            return "";
        }
        var lines = new ArrayList<String>();
        names(lines, "protocol.versions.text.present", people.present());
        names(lines, "protocol.versions.text.excused", people.excused());
        names(lines, "protocol.versions.text.absent", people.absent());
        names(lines, "protocol.versions.text.guests", people.guests());
        return String.join("\n", lines);
    }

    private static String item(Item item) {
        var parts = new ArrayList<String>();
        parts.add(t(item.publicItem() ? "protocol.versions.text.item" : "protocol.versions.text.internalItem",
                String.valueOf(item.number()), item.title()));
        add(parts, Markdown.toPlainText(item.notes()));
        var internal = Markdown.toPlainText(item.internalNotes());
        if (!internal.isEmpty()) {
            parts.add(t("protocol.versions.text.internalNotes") + "\n" + internal);
        }
        for (DecisionLine decision : item.decisions()) {
            parts.add(decision(decision));
        }
        if (!item.reviews().isEmpty()) {
            parts.add(reviews(item.reviews()));
        }
        if (!item.tasks().isEmpty()) {
            parts.add(tasks(item.tasks()));
        }
        return String.join("\n\n", parts);
    }

    private static String tasks(List<TaskLine> tasks) {
        var lines = new ArrayList<String>();
        lines.add(t("protocol.tasks.heading") + ":");
        for (TaskLine task : tasks) {
            var line = new ArrayList<String>();
            add(line, task.title());
            add(line, task.owner());
            add(line, Formats.date(task.due()));
            add(line, task.status() == null ? null : t(task.status()));
            add(line, task.decisionNumber());
            lines.add("- " + String.join(" · ", line));
        }
        return String.join("\n", lines);
    }

    private static String reviews(List<ReviewLine> reviews) {
        var lines = new ArrayList<String>();
        lines.add(t("protocol.taskReview.heading") + ":");
        for (ReviewLine review : reviews) {
            var line = new ArrayList<String>();
            add(line, review.organisation());
            add(line, review.title());
            add(line, review.owner());
            add(line, Formats.date(review.due()));
            add(line, t(review.originKey(), Formats.date(review.originDate()), review.decisionNumber()));
            add(line, t(review.stateKey(), review.stateDetail()));
            lines.add("- " + String.join(" · ", line));
        }
        return String.join("\n", lines);
    }

    private static String decision(DecisionLine decision) {
        var lines = new ArrayList<String>();
        lines.add(t("protocol.versions.text.decision", decision.number(), decision.wording(), t(decision.result())));
        if (decision.hasVotes()) {
            lines.add(t("protocol.versions.text.votes", count(decision.votesYes()), count(decision.votesNo()),
                    count(decision.abstentions())));
        }
        if (!decision.organisations().isEmpty()) {
            lines.add(t("protocol.versions.text.organisations", String.join(", ", decision.organisations())));
        }
        return String.join("\n", lines);
    }

    private static void names(List<String> lines, String key, List<String> names) {
        if (!names.isEmpty()) {
            lines.add(t(key, String.join(", ", names)));
        }
    }

    private static void labelled(List<String> lines, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(t(key, value));
        }
    }

    private static void add(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value);
        }
    }

    private static String count(Integer votes) {
        return votes == null ? "–" : String.valueOf(votes);
    }

    private static String t(String key, Object... parameters) {
        return TRANSLATIONS.getTranslation(key, PortalTranslations.GERMAN, parameters);
    }
}
