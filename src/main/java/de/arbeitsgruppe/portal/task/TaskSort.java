package de.arbeitsgruppe.portal.task;

/** The orders of the task lists; each ends on the id, so that pages never repeat or skip a task. */
public enum TaskSort {
    DUE("due"), PRIORITY("priorityRank"), TITLE("title"), OWNER("ownerName"), STATUS("statusRank");

    private final String property;

    TaskSort(String property) {
        this.property = property;
    }

    public String property() {
        return property;
    }

    public String translationKey() {
        return "task.sort." + name().toLowerCase();
    }
}
