package de.arbeitsgruppe.portal.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.meeting.Meeting;
import de.arbeitsgruppe.portal.meeting.MeetingManagement;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.shared.MeetingMinutes;
import de.arbeitsgruppe.portal.shared.ui.Confirmation;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import de.arbeitsgruppe.portal.shared.ui.calendar.CalendarEntry;
import de.arbeitsgruppe.portal.shared.ui.calendar.CalendarEntrySource;
import de.arbeitsgruppe.portal.shared.ui.calendar.EntryClickEvent;
import de.arbeitsgruppe.portal.shared.ui.calendar.EntryDropEvent;
import de.arbeitsgruppe.portal.shared.ui.calendar.FullCalendar;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * "Kalender": the meetings and events the user may see (and whatever other modules contribute as
 * {@link CalendarEntrySource}s) by month, week or as a list; a meeting with minutes offers them;
 * coordinators move a meeting by dragging it and confirming.
 */
@Route("kalender")
@Menu(order = 50, icon = "vaadin:calendar", title = "calendar.title")
@PermitAll
public class CalendarView extends PortalView {

    static final String MEETING_PATH = "termine/";

    final FullCalendar calendar = new FullCalendar();
    final Anchor newMeeting = new Anchor("termine/neu");
    final Anchor meetingList = new Anchor("termine");
    final Anchor subscribe = new Anchor("kalender/abo");
    final UnorderedList legend = new UnorderedList();
    final Paragraph moveHint = new Paragraph();
    Confirmation rescheduleDialog;
    CalendarEntryMenu entryMenu;

    private final MeetingManagement meetings;
    private final MeetingCalendarEntries meetingEntries;
    private final MeetingMinutes minutes;

    CalendarView(MeetingManagement meetings, MeetingCalendarEntries meetingEntries, List<CalendarEntrySource> sources,
            MeetingMinutes minutes) {
        this.meetings = meetings;
        this.meetingEntries = meetingEntries;
        this.minutes = minutes;
        newMeeting.setText(getTranslation("calendar.newMeeting"));
        newMeeting.setVisible(meetings.mayPlan());
        meetingList.setText(getTranslation("calendar.meetingList"));
        subscribe.setText(getTranslation("calendar.subscribe"));
        var links = new HorizontalLayout(newMeeting, meetingList, subscribe);
        links.setWrap(true);
        links.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        createLegend(sources);
        calendar.setEditable(meetings.mayPlan());
        moveHint.setText(getTranslation("calendar.move.hint"));
        moveHint.setVisible(meetings.mayPlan());
        calendar.addEntryClickListener(this::open);
        calendar.addEntryDropListener(this::dropped);
        calendar.setEntrySources(sources);
        add(links, legend, moveHint, calendar);
    }

    private void createLegend(List<CalendarEntrySource> sources) {
        legend.addClassName("portal-calendar-legend");
        legend.getElement().setAttribute("aria-label", getTranslation("calendar.legend"));
        for (MeetingType type : MeetingType.values()) {
            legend.add(legendItem(type.colour(), type.translationKey()));
        }
        sources.stream().flatMap(source -> source.legend().stream())
                .forEach(entry -> legend.add(legendItem(entry.colour(), entry.labelKey())));
        var cancelled = new Span(getTranslation("calendar.legend.cancelled"));
        cancelled.getStyle().set("text-decoration", "line-through");
        legend.add(new ListItem(cancelled));
    }

    private ListItem legendItem(String colour, String labelKey) {
        var swatch = new Span();
        swatch.addClassName("portal-calendar-swatch");
        swatch.getStyle().setBackgroundColor(colour);
        swatch.getElement().setAttribute("aria-hidden", "true");
        return new ListItem(swatch, new Span(getTranslation(labelKey)));
    }

    /**
     * A meeting with minutes the user may read, or one the user may move, offers "Öffnen" beside
     * "Protokoll öffnen" and "Verschieben"; any other entry opens at once.
     */
    private void open(EntryClickEvent click) {
        var entry = click.getEntry();
        var link = entry.map(CalendarEntry::link);
        var meeting = entry.filter(this::isMeeting).flatMap(found -> meetings.find(found.id()));
        var minutesLink = meeting.map(found -> minutes.of(List.of(found.getId())).get(found.getId()));
        boolean movable = entry.filter(CalendarEntry::editable).isPresent()
                && meeting.filter(MeetingCalendarEntries::movable).isPresent();
        if (minutesLink.isEmpty() && !movable) {
            link.ifPresent(this::navigate);
            return;
        }
        Runnable openMinutes = minutesLink.<Runnable>map(found -> () -> navigate(found.path())).orElse(null);
        Runnable move = movable ? () -> new MoveDialog(meeting.get(), meetings, moved -> calendar.reload()).open() : null;
        entryMenu = new CalendarEntryMenu(meeting.get(), () -> link.ifPresent(this::navigate), openMinutes, move);
        entryMenu.open();
    }

    private boolean isMeeting(CalendarEntry entry) {
        return calendar.getEntrySource(entry.id()).filter(meetingEntries::equals).isPresent();
    }

    private void navigate(String link) {
        getUI().ifPresent(ui -> ui.navigate(link));
    }

    private void dropped(EntryDropEvent drop) {
        Optional<Meeting> meeting = Optional.empty();
        if (drop.isValid() && drop.getEntrySource().filter(meetingEntries::equals).isPresent()) {
            meeting = meetings.find(drop.getEntryId()).filter(MeetingCalendarEntries::movable);
        }
        if (meeting.isEmpty()) {
            Notices.error(getTranslation("calendar.move.notAllowed"));
            drop.revert();
            return;
        }
        rescheduleDialog = Questions.reschedule(this, meeting.get(), drop.getStart(), drop.getEnd(), () -> move(drop))
                .onCancel(drop::revert);
        rescheduleDialog.open();
    }

    private void move(EntryDropEvent drop) {
        var moved = SaveFailures.attempt(this, () -> meetings.reschedule(drop.getEntryId(), drop.getStart(), drop.getEnd()));
        if (moved == null) {
            drop.revert();
        } else {
            Notices.success(getTranslation("calendar.move.done",
                    Questions.period(moved.getStart(), moved.getEnd())));
        }
        calendar.reload();
    }

    @Override
    protected String titleKey() {
        return "calendar.title";
    }
}
