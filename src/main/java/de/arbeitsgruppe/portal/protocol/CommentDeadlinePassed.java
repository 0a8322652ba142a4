package de.arbeitsgruppe.portal.protocol;

import java.time.LocalDate;

/** A comment arrived after the deadline of the minutes sent round: the page says until when it ran. */
public class CommentDeadlinePassed extends RuntimeException {

    private final LocalDate deadline;

    CommentDeadlinePassed(LocalDate deadline) {
        super("comments were taken until " + deadline);
        this.deadline = deadline;
    }

    public LocalDate deadline() {
        return deadline;
    }
}
