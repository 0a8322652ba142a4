package de.arbeitsgruppe.portal.task;

import de.arbeitsgruppe.portal.shared.MultiLine;
import de.arbeitsgruppe.portal.shared.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A comment on a task: the owner reports, the office asks. Kept on the task, oldest first. */
public class TaskComment {

    public static final int MAX_TEXT = 2000;

    private String authorUsername;
    private String authorName;
    private String authorOrganisationName;
    private Instant at;
    @NotBlank(message = "{task.validation.comment}")
    @Size(max = MAX_TEXT, message = "{validation.size}")
    @MultiLine
    private String text;

    public TaskComment() {
    }

    TaskComment(String authorUsername, String authorName, String authorOrganisationName, Instant at, String text) {
        this.authorUsername = authorUsername;
        this.authorName = authorName;
        this.authorOrganisationName = authorOrganisationName;
        this.at = at;
        this.text = Texts.trimToNull(text);
    }

    public String getAuthorUsername() { return authorUsername; }
    public String getAuthorName() { return authorName; }
    public String getAuthorOrganisationName() { return authorOrganisationName; }
    public Instant getAt() { return at; }
    public String getText() { return text; }
}
