package de.arbeitsgruppe.portal.protocol;

import java.time.Instant;
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
     */
    public record Item(String agendaItemId, int number, String title, boolean publicItem, String notes,
            String internalNotes, List<DecisionLine> decisions) {

        public Item {
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
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

    /** The same minutes without internal items and internal notes, for partners and guests. */
    public ProtocolContent forPartners() {
        var shown = items.stream().filter(Item::publicItem)
                .map(item -> new Item(item.agendaItemId(), item.number(), item.title(), true, item.notes(), null,
                        item.decisions()))
                .toList();
        return new ProtocolContent(header, attendance, shown, version, approvedAt, approvedIn, correctionReason, true);
    }
}
