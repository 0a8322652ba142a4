package de.arbeitsgruppe.portal.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.arbeitsgruppe.portal.search.SynonymGroup;
import de.arbeitsgruppe.portal.search.SynonymList;
import de.arbeitsgruppe.portal.search.Synonyms;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.ui.HistorySlot;
import de.arbeitsgruppe.portal.shared.ui.Notices;
import de.arbeitsgruppe.portal.shared.ui.PortalView;
import de.arbeitsgruppe.portal.shared.ui.RecordHistory;
import de.arbeitsgruppe.portal.shared.ui.SaveFailures;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The office's synonym list: one line per group of terms that mean the same ("Bürgergeld, SGB II,
 * Grundsicherung"). Every search of the portal finds the others when one is typed.
 */
@Route("synonyme")
@Menu(order = 45, icon = "vaadin:book", title = "synonyms.title")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class SynonymsView extends PortalView {

    final TextArea groups = new TextArea();
    final Button save = new Button();
    final HistorySlot history;

    private final Synonyms synonyms;
    private SynonymList list;

    SynonymsView(Synonyms synonyms, RecordHistory recordHistory) {
        this.synonyms = synonyms;
        this.history = new HistorySlot(recordHistory);
        groups.setLabel(getTranslation("synonyms.groups"));
        groups.setHelperText(getTranslation("synonyms.groups.help"));
        groups.setWidthFull();
        groups.setMinRows(8);
        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(new Paragraph(getTranslation("synonyms.intro")), groups, save, history);
        show(synonyms.current());
    }

    private void show(SynonymList shown) {
        list = shown;
        groups.setValue(shown.getGroups().stream().map(group -> String.join(", ", group.terms()))
                .collect(Collectors.joining("\n")));
        groups.setInvalid(false);
        if (shown.getVersion() != null) {
            history.show(SynonymList.class, shown.getId());
        }
    }

    void save() {
        var parsed = parse(groups.getValue());
        if (parsed.error() != null) {
            groups.setErrorMessage(parsed.error());
            groups.setInvalid(true);
            Notices.error(getTranslation("form.invalid"));
            return;
        }
        groups.setInvalid(false);
        list.setGroups(parsed.groups());
        var saved = SaveFailures.attempt(this, () -> synonyms.save(list));
        if (saved != null) {
            Notices.success(getTranslation("form.saved"));
            show(saved);
        }
    }

    private record Parsed(List<SynonymGroup> groups, String error) {
    }

    /** One group per line, terms separated by commas; the first wrong line is named in the message. */
    private Parsed parse(String text) {
        var parsed = new ArrayList<SynonymGroup>();
        var lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            var terms = Arrays.stream(lines[i].split(",")).map(String::strip).filter(term -> !term.isEmpty())
                    .distinct().toList();
            if (terms.isEmpty()) {
                continue;
            }
            if (terms.size() < 2 || terms.size() > SynonymGroup.MAX_TERMS) {
                return new Parsed(null, getTranslation("synonyms.error.terms", i + 1, SynonymGroup.MAX_TERMS));
            }
            if (terms.stream().anyMatch(term -> term.length() > SynonymGroup.MAX_TERM_LENGTH)) {
                return new Parsed(null, getTranslation("synonyms.error.length", i + 1, SynonymGroup.MAX_TERM_LENGTH));
            }
            parsed.add(new SynonymGroup(terms));
        }
        if (parsed.size() > SynonymList.MAX_GROUPS) {
            return new Parsed(null, getTranslation("synonyms.error.groups", SynonymList.MAX_GROUPS));
        }
        return new Parsed(parsed, null);
    }

    @Override
    protected String titleKey() {
        return "synonyms.title";
    }
}
