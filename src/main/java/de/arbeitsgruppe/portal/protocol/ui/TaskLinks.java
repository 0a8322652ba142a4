package de.arbeitsgruppe.portal.protocol.ui;

import de.arbeitsgruppe.portal.meeting.AgendaItem;
import de.arbeitsgruppe.portal.protocol.Decision;
import de.arbeitsgruppe.portal.shared.Texts;
import de.arbeitsgruppe.portal.task.Task;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the task form opens prefilled from the minutes: the meeting, the item, perhaps the decision,
 * and a title to start from (the decision's wording or the item's title). The form saves and comes
 * back to the minutes.
 */
final class TaskLinks {

    static final String FORM = "aufgaben/neu";

    private TaskLinks() {
    }

    static String forItem(String meetingId, AgendaItem item) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("termin", meetingId);
        parameters.put("top", item.getId());
        parameters.put("titel", title(item.getTitle()));
        return FORM + "?" + query(parameters);
    }

    static String forDecision(String meetingId, String agendaItemId, Decision decision) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("termin", meetingId);
        parameters.put("top", agendaItemId);
        parameters.put("beschluss", decision.getId());
        parameters.put("nummer", decision.getNumber());
        parameters.put("titel", title(decision.getWording()));
        return FORM + "?" + query(parameters);
    }

    static String task(Task task) {
        return "aufgaben/" + task.getId();
    }

    /** One line of at most {@link Task#MAX_TITLE} characters, never cut inside a character outside the BMP. */
    static String title(String text) {
        var line = Texts.singleLine(text);
        if (line == null || line.length() <= Task.MAX_TITLE) {
            return line;
        }
        var end = Character.isHighSurrogate(line.charAt(Task.MAX_TITLE - 1)) ? Task.MAX_TITLE - 1 : Task.MAX_TITLE;
        return line.substring(0, end).strip();
    }

    /** Spaces as %20, as the router reads them back (it decodes + and %20 alike). */
    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + encode(entry.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
