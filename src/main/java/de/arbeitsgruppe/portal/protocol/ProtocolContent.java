package de.arbeitsgruppe.portal.protocol;

import de.arbeitsgruppe.portal.shared.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The minutes as one readable whole: what the page, the mail's PDF and the word diff between versions
 * are made from. Made from the protocol, its items and decisions and the meeting while the minutes
 * are written; frozen into a {@link ProtocolVersion} on approval and on each correction, so an
 * approved version reads the same however the meeting changes later. Notes are Markdown as written;
 * whoever shows them renders them through {@code shared.text.Markdown}, which makes them harmless.
 *
 * @param version the approved version this is, 0 for a draft
 * @param approvedAt when the version was approved (or corrected), null for a draft
 * @param partnerVersion whether this is the version for partners and guests (no internal items or notes)
 */
public record ProtocolContent(Header header, People attendance, List<Item> items, int version, Instant approvedAt,
        String approvedIn, String correctionReason, boolean partnerVersion) {

    public ProtocolContent {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * @param groupName the working group ("Arbeitsgruppe Integration in Arbeit Musterstadt")
     * @param meetingType the translation key of the meeting's type
     */
    public record Header(String groupName, String meetingTitle, String meetingType, Instant start, Instant end,
            String place, String chair, String minuteTaker) {
    }

    /** Names as they appear in the minutes: "Clara Jobcenter (Jobcenter Musterstadt)". */
    public record People(List<String> present, List<String> excused, List<String> absent, List<String> guests) {

        public People {
            present = List.copyOf(present);
            excused = List.copyOf(excused);
            absent = List.copyOf(absent);
            guests = List.copyOf(guests);
        }

        public static People none() {
            return new People(List.of(), List.of(), List.of(), List.of());
        }
    }

    /**
     * One agenda item with what was written on it.
     *
     * @param number "TOP 3" is number 3, counted over the whole agenda (partners see gaps where internal items were)
     * @param publicItem shown to partners and guests
     * @param notes Markdown, may be null
     * @param internalNotes Markdown for members only, may be null; empty in the partner version
     * @param tasks the tasks given under the item; versions stored before tasks existed have none
     * @param reviews under "Stand der Aufgaben": the open tasks of earlier minutes and what the session recorded
     */
    public record Item(String agendaItemId, int number, String title, boolean publicItem, String notes,
            String internalNotes, List<DecisionLine> decisions, List<TaskLine> tasks, List<ReviewLine> reviews) {

        public Item {
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
            reviews = reviews == null ? List.of() : List.copyOf(reviews);
        }

        /** An item without tasks. */
        public Item(String agendaItemId, int number, String title, boolean publicItem, String notes,
                String internalNotes, List<DecisionLine> decisions) {
            this(agendaItemId, number, title, publicItem, notes, internalNotes, decisions, List.of(), List.of());
        }
    }

    /**
     * A task given under an item, as the minutes list it.
     *
     * @param owner the person with their organisation, or the organisation as a whole
     * @param status the translation key of the task's status
     * @param decisionNumber the decision the task came from, null if none
     * @param partnerVisible whether the partner version shows it (the task is not internal)
     */
    public record TaskLine(String taskId, String title, String owner, LocalDate due, String status,
            String decisionNumber, boolean partnerVisible) {
    }

    /**
     * One row of "Stand der Aufgaben": an open task of earlier minutes and what this session recorded.
     *
     * @param organisation the owner's organisation, by which the table is grouped
     * @param originDate the day of the meeting that gave the task
     * @param decisionNumber the decision the task came from, null if none
     * @param outcome {@code done}, {@code extended} or {@code dropped}; null while nothing was recorded ("offen")
     * @param newDue the date an extended task is due now
     * @param reason why a dropped task is dropped
     */
    public record ReviewLine(String taskId, String organisation, String title, String owner, LocalDate due,
            LocalDate originDate, String decisionNumber, String outcome, LocalDate newDue, String reason,
            boolean partnerVisible) {

        /** The words for what was recorded ("verlängert bis {0}"), with {@link #stateDetail()} as parameter. */
        public String stateKey() {
            return "protocol.taskReview.state." + (outcome == null ? "open" : outcome);
        }

        /** The new date of an extended task, the reason of a dropped one. */
        public String stateDetail() {
            return "extended".equals(outcome) ? Formats.date(newDue) : reason == null ? "" : reason;
        }

        /** "Sitzung vom {0}, Beschluss {1}" or, for a task given without a decision, "Sitzung vom {0}". */
        public String originKey() {
            return decisionNumber == null ? "protocol.taskReview.originDate" : "protocol.taskReview.origin";
        }
    }

    /**
     * @param result the translation key of the result
     * @param votesYes null when no votes were counted
     * @param organisations names of the organisations that agreed
     */
    public record DecisionLine(String number, String wording, String result, Integer votesYes, Integer votesNo,
            Integer abstentions, List<String> organisations) {

        public DecisionLine {
            organisations = organisations == null ? List.of() : List.copyOf(organisations);
        }

        public boolean hasVotes() {
            return votesYes != null || votesNo != null || abstentions != null;
        }
    }

    /**
     * The minutes for everyone (the OParl interface): the public items with their notes and decisions,
     * and no person at all: no attendance, chair, minute-taker or tasks with their owners, since nobody
     * named in the minutes agreed to be published. Nor the meeting that approved them (usually an
     * internal session, whose title and date are not public) or the reason of a correction (written for
     * members about the whole minutes, typically "Anwesenheit von Frau … ergänzt").
     *
     * @param publicNow the agenda items public on the meeting now: an item made internal after the
     *        approval leaves the public minutes too, though the frozen version still marks it public
     */
    public ProtocolContent forPublic(java.util.Collection<String> publicNow) {
        var shown = items.stream().filter(Item::publicItem).filter(item -> publicNow.contains(item.agendaItemId()))
                .map(item -> new Item(item.agendaItemId(), item.number(), item.title(), true, item.notes(), null,
                        item.decisions()))
                .toList();
        var anonymous = new Header(header.groupName(), header.meetingTitle(), header.meetingType(), header.start(),
                header.end(), header.place(), null, null);
        // not marked as the partners' version: it is published for everyone, and says so nowhere else
        return new ProtocolContent(anonymous, null, shown, version, approvedAt, null, null, false);
    }

    /** The same minutes without internal items, internal notes and internal tasks, for partners and guests. */
    public ProtocolContent forPartners() {
        var shown = items.stream().filter(Item::publicItem)
                .map(item -> new Item(item.agendaItemId(), item.number(), item.title(), true, item.notes(), null,
                        item.decisions(), item.tasks().stream().filter(TaskLine::partnerVisible).toList(),
                        item.reviews().stream().filter(ReviewLine::partnerVisible).toList()))
                .toList();
        return new ProtocolContent(header, attendance, shown, version, approvedAt, approvedIn, correctionReason, true);
    }
}
