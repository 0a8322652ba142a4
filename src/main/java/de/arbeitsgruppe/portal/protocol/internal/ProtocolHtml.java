package de.arbeitsgruppe.portal.protocol.internal;

import de.arbeitsgruppe.portal.protocol.ProtocolContent;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.DecisionLine;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.Item;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.ReviewLine;
import de.arbeitsgruppe.portal.protocol.ProtocolContent.TaskLine;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.text.Markdown;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The minutes as an HTML document for {@link ProtocolPdf}. Built as a jsoup tree rather than as a string:
 * every text goes in through {@code text()} and is escaped by construction, and the notes' HTML is parsed
 * into the tree, not pasted, so nothing anyone writes into the minutes can break the document or add
 * markup of its own.
 */
final class ProtocolHtml {

    /** The minutes are written in German, so their frame is German too, whoever downloads them. */
    static final Locale LANGUAGE = PortalTranslations.GERMAN;
    private static final PortalTranslations TRANSLATIONS = new PortalTranslations();
    private static final String STYLE = resource("protocol-pdf.css");
    /** The item's own heading is h2: headings in its notes come below it. */
    private static final int ITEM_HEADING = 2;
    /** Percent of the width per column of an item's tasks: title, owner, due, status, decision. */
    private static final int[] TASK_COLUMNS = {30, 26, 15, 14, 15};
    /** Percent of the width per column of "Stand der Aufgaben": title, owner, due, origin, state. */
    private static final int[] REVIEW_COLUMNS = {24, 20, 15, 21, 20};

    private ProtocolHtml() {
    }

    static Document document(ProtocolContent content) {
        var document = Document.createShell("");
        document.selectFirst("html").attr("lang", LANGUAGE.getLanguage());
        var header = content.header();
        String title = text("protocol.pdf.documentTitle", orEmpty(header.meetingTitle()), date(header.start()));
        document.head().appendElement("title").text(title);
        document.head().appendElement("meta").attr("name", "author").attr("content", orEmpty(header.groupName()));
        // the PDF's description, which PDF/UA asks for
        document.head().appendElement("meta").attr("name", "subject").attr("content", text("protocol.pdf.subject",
                orEmpty(header.meetingTitle()), date(header.start()), orEmpty(header.groupName())));
        document.head().appendElement("style").appendChild(new DataNode(STYLE + ProtocolPage.rules(content, title)));
        var body = document.body();
        header(body, content);
        attendance(body, content.attendance());
        content.items().forEach(item -> item(body, item));
        return document;
    }

    private static void header(Element body, ProtocolContent content) {
        var header = content.header();
        paragraph(body, "group", header.groupName());
        var heading = body.appendElement("h1");
        heading.appendElement("span").addClass("kind").text(text("protocol.pdf.title"));
        // the space keeps the words apart for screen readers and copied text; on paper the line breaks
        heading.appendText(" ").appendElement("span").text(orEmpty(header.meetingTitle()));
        if (content.version() == 0) {
            paragraph(body, "status", text("protocol.pdf.draft"));
        }
        if (content.partnerVersion()) {
            paragraph(body, "status", text("protocol.pdf.partnerVersion"));
        }
        fact(body, "protocol.pdf.meeting", translated(header.meetingType()));
        fact(body, "protocol.pdf.date", period(header));
        fact(body, "protocol.pdf.place", header.place());
        fact(body, "protocol.pdf.chair", header.chair());
        fact(body, "protocol.pdf.minuteTaker", header.minuteTaker());
        if (content.approvedAt() != null) {
            String in = blank(content.approvedIn()) ? "" : " (" + content.approvedIn().strip() + ")";
            fact(body, "protocol.pdf.approved", date(content.approvedAt()) + in);
        }
        fact(body, "protocol.pdf.correction", content.correctionReason());
    }

    private static void attendance(Element body, ProtocolContent.People people) {
        if (people == null) {
            return;
        }
        body.appendElement("h2").text(text("protocol.pdf.attendance"));
        people(body, "protocol.pdf.present", people.present());
        people(body, "protocol.pdf.excused", people.excused());
        people(body, "protocol.pdf.absent", people.absent());
        people(body, "protocol.pdf.guests", people.guests());
    }

    private static void people(Element body, String labelKey, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        body.appendElement("h3").text(text(labelKey));
        var list = body.appendElement("ul").addClass("people");
        names.forEach(name -> list.appendElement("li").text(orEmpty(name)));
    }

    private static void item(Element body, Item item) {
        var section = body.appendElement("div").addClass("item");
        section.appendElement("h2")
                .text(text("protocol.pdf.item", String.valueOf(item.number()), orEmpty(item.title())));
        if (!item.publicItem()) {
            paragraph(section, "internal-mark", text("protocol.pdf.internal"));
        }
        markdown(section, item.notes());
        if (!blank(item.internalNotes())) {
            var internal = section.appendElement("div").addClass("internal");
            paragraph(internal, "internal-mark", text("protocol.pdf.internal"));
            markdown(internal, item.internalNotes());
        }
        item.decisions().forEach(decision -> decision(section, decision));
        reviews(section, item.reviews());
        tasks(section, item.tasks());
    }

    private static void tasks(Element section, List<TaskLine> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        section.appendElement("h3").text(text("protocol.tasks.heading"));
        var body = table(section, TASK_COLUMNS, "protocol.tasks.column.title", "protocol.tasks.column.owner",
                "protocol.tasks.column.due", "protocol.tasks.column.status", "protocol.tasks.column.decision");
        for (TaskLine task : tasks) {
            row(body, task.title(), task.owner(), Formats.date(task.due()), translated(task.status()),
                    task.decisionNumber());
        }
    }

    /** "Stand der Aufgaben": the open tasks of earlier minutes by organisation, with what the session recorded. */
    private static void reviews(Element section, List<ReviewLine> reviews) {
        if (reviews.isEmpty()) {
            return;
        }
        section.appendElement("h3").text(text("protocol.taskReview.heading"));
        var byOrganisation = new LinkedHashMap<String, List<ReviewLine>>();
        reviews.forEach(line -> byOrganisation.computeIfAbsent(orEmpty(line.organisation()), key -> new java.util.ArrayList<>())
                .add(line));
        byOrganisation.forEach((organisation, lines) -> {
            section.appendElement("h4").text(organisation);
            var body = table(section, REVIEW_COLUMNS, "protocol.taskReview.column.title", "protocol.taskReview.column.owner",
                    "protocol.taskReview.column.due", "protocol.taskReview.column.origin",
                    "protocol.taskReview.column.state");
            for (ReviewLine line : lines) {
                row(body, line.title(), line.owner(), Formats.date(line.due()),
                        text(line.originKey(), Formats.date(line.originDate()), orEmpty(line.decisionNumber())),
                        text(line.stateKey(), line.stateDetail()));
            }
        });
    }

    /** A table with a header row, as PDF/UA wants it; returns its body. */
    private static Element table(Element parent, int[] widths, String... headerKeys) {
        var table = parent.appendElement("table").addClass("tasks");
        var header = table.appendElement("thead").appendElement("tr");
        for (int i = 0; i < headerKeys.length; i++) {
            header.appendElement("th").attr("style", "width: " + widths[i] + "%").text(text(headerKeys[i]));
        }
        return table.appendElement("tbody");
    }

    private static void row(Element body, String... cells) {
        var row = body.appendElement("tr");
        for (String cell : cells) {
            row.appendElement("td").text(orEmpty(cell));
        }
    }

    private static void decision(Element section, DecisionLine decision) {
        var box = section.appendElement("div").addClass("decision");
        box.appendElement("h3").text(text("protocol.pdf.decision", orEmpty(decision.number())));
        paragraph(box, "wording", decision.wording());
        if (!blank(decision.result())) {
            paragraph(box, null, text("protocol.pdf.result", translated(decision.result())));
        }
        if (decision.hasVotes()) {
            paragraph(box, null, text("protocol.pdf.votes", count(decision.votesYes()), count(decision.votesNo()),
                    count(decision.abstentions())));
        }
        if (!decision.organisations().isEmpty()) {
            paragraph(box, null, text("protocol.pdf.organisations", String.join(", ", decision.organisations())));
        }
    }

    private static void markdown(Element parent, String markdown) {
        String html = Markdown.toSafeHtml(markdown);
        if (!html.isEmpty()) {
            MarkdownFragment.append(parent, html, ITEM_HEADING);
        }
    }

    private static void fact(Element body, String labelKey, String value) {
        if (blank(value)) {
            return;
        }
        var fact = body.appendElement("p").addClass("fact");
        fact.appendElement("span").addClass("label").text(text(labelKey));
        fact.appendText(" ").appendElement("span").addClass("value").text(value.strip());
    }

    private static void paragraph(Element parent, String cssClass, String text) {
        if (blank(text)) {
            return;
        }
        var paragraph = parent.appendElement("p").text(text);
        if (cssClass != null) {
            paragraph.addClass(cssClass);
        }
    }

    private static String period(ProtocolContent.Header header) {
        if (header.start() == null) {
            return "";
        }
        return header.end() == null ? Formats.dateTime(header.start())
                : Formats.dateTime(header.start()) + " – " + Formats.end(header.start(), header.end());
    }

    static String date(Instant instant) {
        return instant == null ? "" : Formats.date(instant.atZone(Formats.ZONE).toLocalDate());
    }

    /** A translation key from the record (a result, a meeting type); a value that is no key shows as written. */
    private static String translated(String key) {
        return blank(key) ? "" : PortalTranslations.has(key) ? text(key) : key;
    }

    static String text(String key, Object... params) {
        return TRANSLATIONS.getTranslation(key, LANGUAGE, params);
    }

    private static String count(Integer votes) {
        return String.valueOf(Objects.requireNonNullElse(votes, 0));
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String resource(String name) {
        try (InputStream in = ProtocolHtml.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
