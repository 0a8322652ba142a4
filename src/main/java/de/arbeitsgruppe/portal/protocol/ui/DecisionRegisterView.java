package de.arbeitsgruppe.portal.protocol.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.meeting.MeetingType;
import de.arbeitsgruppe.portal.organisation.OrganisationManagement;
import de.arbeitsgruppe.portal.organisation.OrganisationSummary;
import de.arbeitsgruppe.portal.protocol.Decision;
import de.arbeitsgruppe.portal.protocol.DecisionFilter;
import de.arbeitsgruppe.portal.protocol.DecisionRegister;
import de.arbeitsgruppe.portal.protocol.DecisionResult;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.ui.EnumLabels;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.list.FilterPanel;
import de.arbeitsgruppe.portal.shared.ui.list.ResponsiveTable;
import jakarta.annotation.security.PermitAll;

/**
 * "Beschlusssammlung": every decision the user may read, newest first, searched by the beginnings of
 * words of its wording or item, filtered by year, result, kind of meeting and organisation; each
 * links to its place in the minutes, and the filtered list downloads as CSV.
 */
@Route("beschluesse")
@Menu(order = 56, icon = "vaadin:gavel", title = "protocol.register.title")
@PermitAll
public class DecisionRegisterView extends PortalView {

    static final int PAGE_SIZE = 50;

    final TextField search = new TextField();
    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<DecisionResult> result = new ComboBox<>();
    final ComboBox<MeetingType> meetingType = new ComboBox<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final ResponsiveTable<Decision> list = new ResponsiveTable<>(getTranslation("protocol.register.title"));
    final Paragraph empty = new Paragraph();
    final Anchor csv;

    private final DecisionRegister register;

    DecisionRegisterView(DecisionRegister register, OrganisationManagement organisations) {
        this.register = register;
        search.setLabel(getTranslation("protocol.register.search"));
        search.setHelperText(getTranslation("protocol.register.search.help"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.setWidth("min(100%, 24rem)");
        year.setLabel(getTranslation("protocol.register.year"));
        year.setItems(register.years());
        year.setItemLabelGenerator(String::valueOf);
        result.setLabel(getTranslation("protocol.register.result"));
        result.setItems(DecisionResult.values());
        result.setItemLabelGenerator(EnumLabels.of(this, DecisionResult::translationKey));
        meetingType.setLabel(getTranslation("protocol.register.meetingType"));
        meetingType.setItems(MeetingType.values());
        meetingType.setItemLabelGenerator(EnumLabels.of(this, MeetingType::translationKey));
        organisation.setLabel(getTranslation("protocol.register.organisation"));
        organisation.setItems(organisations.summaries());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        for (var combo : new ComboBox<?>[] {year, result, meetingType, organisation}) {
            combo.setClearButtonVisible(true);
        }
        for (var filter : new HasValue<?, ?>[] {search, year, result, meetingType, organisation}) {
            filter.addValueChangeListener(change -> refresh());
        }
        csv = new Anchor(DecisionCsv.download(register, this::filter), AttachmentType.DOWNLOAD,
                getTranslation("protocol.register.csv"));
        csv.addClassName("portal-download");
        configureList();
        empty.addClassName("portal-empty");
        add(search, new FilterPanel(year, result, meetingType, organisation), csv, list, empty);
        refresh();
    }

    private void configureList() {
        list.addComponentColumn(getTranslation("protocol.register.column.number"), this::link);
        list.addColumn(getTranslation("protocol.register.column.date"), decision -> decision.getMeetingStart() == null ? null
                : Formats.date(decision.getMeetingStart().atZone(Formats.ZONE).toLocalDate()));
        list.addColumn(getTranslation("protocol.register.column.meeting"), Decision::getMeetingTitle);
        list.addColumn(getTranslation("protocol.register.column.item"), decision -> getTranslation("protocol.register.item",
                decision.getItemNumber(), decision.getItemTitle() == null ? "" : decision.getItemTitle()));
        list.addComponentColumn(getTranslation("protocol.register.column.wording"), this::wording);
        list.addComponentColumn(getTranslation("protocol.register.column.result"), this::outcome);
    }

    /** The number, linked to the decision's item in the minutes (the minutes carry the meeting's id). */
    private Anchor link(Decision decision) {
        var target = "termine/" + decision.getProtocolId() + "/protokoll"
                + (decision.getAgendaItemId() == null ? "" : "#top-" + decision.getAgendaItemId());
        return new Anchor(target, decision.getNumber());
    }

    private Div wording(Decision decision) {
        var wording = new Div(decision.getWording() == null ? "" : decision.getWording());
        wording.getStyle().set("white-space", "pre-line");
        return wording;
    }

    private Component outcome(Decision decision) {
        var outcome = new Div(new Span(decision.getResult() == null ? "" : getTranslation(decision.getResult().translationKey())));
        if (decision.getVotesYes() != null || decision.getVotesNo() != null || decision.getAbstentions() != null) {
            outcome.add(new Div(getTranslation("protocol.register.votes", count(decision.getVotesYes()),
                    count(decision.getVotesNo()), count(decision.getAbstentions()))));
        }
        return outcome;
    }

    private static int count(Integer votes) {
        return votes == null ? 0 : votes;
    }

    DecisionFilter filter() {
        return new DecisionFilter(search.getValue(), year.getValue(), result.getValue(), meetingType.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id());
    }

    void refresh() {
        var current = filter();
        list.setPages(PAGE_SIZE, (offset, limit) -> register.search(current, offset, limit));
        var any = !list.isEmpty();
        list.setVisible(any);
        empty.setVisible(!any);
        empty.setText(getTranslation(current.isUnfiltered() ? "protocol.register.empty" : "protocol.register.empty.filtered"));
    }

    @Override
    protected String titleKey() {
        return "protocol.register.title";
    }
}
