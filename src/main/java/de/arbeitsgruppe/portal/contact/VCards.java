package de.arbeitsgruppe.portal.contact;

import de.arbeitsgruppe.portal.shared.Texts;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Kind;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.UUID;

/** vCard 4.0 files of contacts, written with ez-vcard so Outlook and Thunderbird read them. */
public final class VCards {

    public static final String CONTENT_TYPE = "text/vcard; charset=utf-8";

    private VCards() {
    }

    public static byte[] write(Collection<Contact> contacts) {
        var cards = contacts.stream().map(VCards::toVCard).toList();
        // a control character inside a content line would let a parser split it into a property of its own
        var text = Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go();
        return Texts.contentLines(text).getBytes(StandardCharsets.UTF_8);
    }

    static VCard toVCard(Contact contact) {
        var card = new VCard(VCardVersion.V4_0);
        card.setKind(contact.getKind() == ContactKind.MAILBOX ? Kind.org() : Kind.individual());
        // a stable UID lets mail programs update the card on a second import instead of duplicating it
        card.setUid(new Uid("urn:uuid:" + UUID.nameUUIDFromBytes(contact.getId().getBytes(StandardCharsets.UTF_8))));
        card.setFormattedName(contact.getName());
        var structured = new StructuredName();
        structured.setFamily(contact.getName());
        card.setStructuredName(structured);
        var organisation = new Organization();
        if (contact.getOrganisationName() != null) {
            organisation.getValues().add(contact.getOrganisationName());
        }
        if (contact.getOrganisationalUnit() != null) {
            organisation.getValues().add(contact.getOrganisationalUnit());
        }
        if (!organisation.getValues().isEmpty()) {
            card.setOrganization(organisation);
        }
        if (contact.getFunction() != null) {
            card.addTitle(contact.getFunction());
        }
        if (contact.getPhone() != null) {
            card.addTelephoneNumber(contact.getPhone(), TelephoneType.WORK, TelephoneType.VOICE);
        }
        if (contact.getEmail() != null) {
            card.addEmail(contact.getEmail(), EmailType.WORK);
        }
        return card;
    }
}
