package de.arbeitsgruppe.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import de.arbeitsgruppe.portal.contact.ContactInterface;
import de.arbeitsgruppe.portal.contact.ContactKind;
import de.arbeitsgruppe.portal.contact.Topic;
import de.arbeitsgruppe.portal.meeting.Attendance;
import de.arbeitsgruppe.portal.meeting.BacklogItem;
import de.arbeitsgruppe.portal.organisation.Membership;
import de.arbeitsgruppe.portal.organisation.OrganisationKind;
import de.arbeitsgruppe.portal.shared.Role;
import de.arbeitsgruppe.portal.shared.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Fails when a text is missing in German or English, so no user ever sees a raw key. */
class TranslationsTest {

    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:app|layout|overview|accessibility|legal|error|form|validation|password|role|visibility|login"
                    + "|accounts?|organisations?|contacts?|matrix|confirmations|agenda|backlog|attendance)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    @Test
    void hasTheSameKeysInGermanAndEnglish() {
        assertThat(keys("vaadin-i18n/translations_en.properties"))
                .isEqualTo(keys("vaadin-i18n/translations_de.properties"));
        assertThat(keys("ValidationMessages_en.properties")).isEqualTo(keys("ValidationMessages_de.properties"));
    }

    @Test
    void translatesEveryKeyTheCodeUses() throws IOException {
        var known = keys("vaadin-i18n/translations_de.properties");
        known.addAll(keys("ValidationMessages_de.properties"));
        assertThat(keysUsedInSources()).isNotEmpty().allSatisfy(key -> assertThat(known).contains(key));
    }

    @Test
    void translatesEveryEnumValueShownToUsers() {
        var known = keys("vaadin-i18n/translations_de.properties");
        var used = new ArrayList<String>();
        Stream.of(Role.values()).map(Role::translationKey).forEach(used::add);
        Stream.of(Visibility.values()).map(Visibility::translationKey).forEach(used::add);
        Stream.of(OrganisationKind.values()).map(OrganisationKind::translationKey).forEach(used::add);
        Stream.of(Membership.values()).map(Membership::translationKey).forEach(used::add);
        Stream.of(ContactInterface.values()).map(ContactInterface::translationKey).forEach(used::add);
        Stream.of(ContactKind.values()).map(ContactKind::translationKey).forEach(used::add);
        Stream.of(Topic.values()).map(Topic::translationKey).forEach(used::add);
        Stream.of(BacklogItem.Origin.values()).map(BacklogItem.Origin::translationKey).forEach(used::add);
        Stream.of(Attendance.values()).map(Attendance::translationKey).forEach(used::add);
        assertThat(used).allSatisfy(key -> assertThat(known).contains(key));
    }

    @Test
    void describesEveryMenuEntryOnTheOverviewPage() {
        var known = keys("vaadin-i18n/translations_de.properties");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        var titles = scanner.findCandidateComponents("de.arbeitsgruppe.portal").stream()
                .map(bean -> load(bean.getBeanClassName()).getAnnotation(Menu.class).title()).toList();
        assertThat(titles).isNotEmpty().allSatisfy(title -> {
            assertThat(known).contains(title);
            assertThat(known).contains(title + ".hint");
        });
    }

    private static Set<String> keysUsedInSources() throws IOException {
        var used = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        return used;
    }

    private static Set<String> keys(String resource) {
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

}
