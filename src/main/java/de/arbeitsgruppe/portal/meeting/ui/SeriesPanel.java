package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingSeries;
import java.util.List;
import java.util.Optional;

/** For a date of a series: "Teil einer Serie" with the rule in words, and the dates before and after. */
class SeriesPanel extends Div {

    final Paragraph rule = new Paragraph();
    final Anchor previous = new Anchor();
    final Anchor next = new Anchor();

    SeriesPanel() {
        var links = new Div(previous, next);
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        add(rule, links);
    }

    /** Hides the panel for a single meeting. */
    void show(Meeting meeting, Optional<MeetingSeries> series, List<Meeting> dates) {
        setVisible(meeting.isPartOfSeries());
        if (!meeting.isPartOfSeries()) {
            return;
        }
        rule.setText(series.map(s -> getTranslation("meeting.detail.series",
                MeetingTexts.rule(this, s.getRecurrence(), s.getFirstStart().getDayOfWeek())))
                .orElse(getTranslation("meeting.detail.seriesWithoutRule")));
        int index = -1;
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).getId().equals(meeting.getId())) {
                index = i;
            }
        }
        link(previous, index > 0 ? dates.get(index - 1) : null, "meeting.detail.series.previous");
        link(next, index >= 0 && index < dates.size() - 1 ? dates.get(index + 1) : null, "meeting.detail.series.next");
    }

    private void link(Anchor anchor, Meeting date, String key) {
        anchor.setVisible(date != null);
        if (date != null) {
            var when = MeetingTexts.when(date);
            if (date.isCancelled()) {
                when = when + " (" + getTranslation(date.getState().translationKey()) + ")";
            }
            anchor.setHref("termine/" + date.getId());
            anchor.setText(getTranslation(key, when));
        }
    }
}
