package de.arbeitsgruppe.portal.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A point of the checklist. Its id stays when the office rewords or moves it, so the trend follows
 * it; a retired point is kept (hidden from new evaluations), so earlier evaluations still name it.
 */
public class ChecklistPoint {

    public static final int MAX_TEXT = 200;

    private String id;
    @NotNull(message = "{validation.required}")
    private EvaluationSection section;
    @NotBlank(message = "{validation.required}")
    @Size(max = MAX_TEXT, message = "{validation.size}")
    private String text;
    private boolean retired;

    public ChecklistPoint() {
    }

    public ChecklistPoint(String id, EvaluationSection section, String text) {
        this.id = id;
        this.section = section;
        this.text = text;
    }

    public String getId() { return id; }
    public EvaluationSection getSection() { return section; }
    public String getText() { return text; }
    public boolean isRetired() { return retired; }

    void setText(String text) { this.text = text; }
    void setRetired(boolean retired) { this.retired = retired; }
}
