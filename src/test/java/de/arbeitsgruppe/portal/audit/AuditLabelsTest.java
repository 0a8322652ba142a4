package de.arbeitsgruppe.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import de.arbeitsgruppe.portal.shared.i18n.PortalTranslations;
import de.arbeitsgruppe.portal.shared.mongo.Derived;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

/**
 * The "Verlauf" names every field in words ("Telefon", not "phone"), and every kind of record:
 * documents are discovered, so a new module's fields fail here until they have a label.
 */
class AuditLabelsTest {

    @Test
    void namesEveryRecordedFieldOfEveryDocumentInWords() {
        var mapping = mappingOfAllDocuments();
        var unlabelled = new ArrayList<String>();
        for (MongoPersistentEntity<?> entity : mapping.getPersistentEntities()) {
            if (entity.getType().isAnnotationPresent(Document.class)
                    && !entity.getType().isAnnotationPresent(de.arbeitsgruppe.portal.shared.mongo.NotAudited.class)) {
                collect(mapping, entity, unlabelled, new HashSet<>());
            }
        }
        assertThat(unlabelled).isEmpty();
    }

    @Test
    void namesEveryKindOfRecordAndEveryEvent() {
        var mapping = mappingOfAllDocuments();
        var keys = new ArrayList<String>();
        mapping.getPersistentEntities().stream().filter(entity -> entity.getType().isAnnotationPresent(Document.class)
                        && !entity.getType().isAnnotationPresent(de.arbeitsgruppe.portal.shared.mongo.NotAudited.class))
                .forEach(entity -> keys.add("audit.type." + entity.getCollection()));
        for (AuditKind kind : AuditKind.values()) {
            keys.add(kind.translationKey());
        }
        assertThat(keys).hasSizeGreaterThan(AuditKind.values().length).allSatisfy(key -> assertThat(PortalTranslations.has(key)).as(key).isTrue());
    }

    private static void collect(MongoMappingContext mapping, MongoPersistentEntity<?> entity, List<String> unlabelled,
            Set<Class<?>> seen) {
        if (!seen.add(entity.getType())) {
            return;
        }
        for (MongoPersistentProperty property : entity) {
            if (property.isIdProperty() || property.isVersionProperty() || property.isAnnotationPresent(Derived.class)
                    || property.getName().equals("workingGroupId")) {
                continue;
            }
            if (!DocumentDiff.labelKey(entity.getType(), property.getName()).contains(".")) {
                unlabelled.add(entity.getType().getSimpleName() + "." + property.getName());
            }
            if (property.isEntity()) {
                collect(mapping, mapping.getRequiredPersistentEntity(property.getActualType()), unlabelled, seen);
            }
        }
    }

    static MongoMappingContext mappingOfAllDocuments() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Document.class));
        var types = new HashSet<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("de.arbeitsgruppe.portal")) {
            if (String.valueOf(candidate.getResourceDescription()).contains("test-classes")) {
                continue;
            }
            try {
                types.add(Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        var mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(MongoCustomConversions.create(
                MongoCustomConversions.MongoConverterConfigurationAdapter::useNativeDriverJavaTimeCodecs).getSimpleTypeHolder());
        mapping.setInitialEntitySet(types);
        mapping.initialize();
        return mapping;
    }
}
