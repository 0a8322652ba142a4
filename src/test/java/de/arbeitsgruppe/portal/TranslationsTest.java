package de.arbeitsgruppe.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Fails when a text is missing in German or English, so no user ever sees a raw key. */
class TranslationsTest {

    private static final String BASE_PACKAGE = "de.arbeitsgruppe.portal";

    @Test
    void hasTheSameKeysInGermanAndEnglish() {
        assertThat(keys("vaadin-i18n/translations_en.properties"))
                .isEqualTo(keys("vaadin-i18n/translations_de.properties"));
        assertThat(keys("ValidationMessages_en.properties")).isEqualTo(keys("ValidationMessages_de.properties"));
    }

    /** The public catalogue speaks the languages of the people it serves, every text in each of them. */
    @Test
    void hasEveryTextOfTheCatalogueInAllFiveLanguages() {
        var german = keys("vaadin-i18n/catalogue_de.properties");
        assertThat(german).isNotEmpty();
        for (String language : List.of("en", "ar", "uk", "fa")) {
            assertThat(keys("vaadin-i18n/catalogue_" + language + ".properties")).as(language).isEqualTo(german);
        }
        assertThat(german).as("a key in both bundles would hide one of its texts")
                .doesNotContainAnyElementsOf(keys("vaadin-i18n/translations_de.properties"));
    }

    @Test
    void translatesEveryKeyTheCodeUses() throws IOException {
        var known = keys("vaadin-i18n/translations_de.properties");
        known.addAll(keys("vaadin-i18n/catalogue_de.properties"));
        known.addAll(keys("ValidationMessages_de.properties"));
        assertThat(keysUsedInSources()).isNotEmpty().allSatisfy(key -> assertThat(known).contains(key));
    }

    @Test
    void translatesEveryEnumValueShownToUsers() {
        var known = keys("vaadin-i18n/translations_de.properties");
        known.addAll(keys("vaadin-i18n/catalogue_de.properties"));
        var used = enumsWithLabels().stream().flatMap(TranslationsTest::labelKeys).toList();
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(known).contains(key));
    }

    @Test
    void describesEveryMenuEntryOnTheOverviewPage() {
        var known = keys("vaadin-i18n/translations_de.properties");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        var titles = scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .map(bean -> load(bean.getBeanClassName()).getAnnotation(Menu.class).title()).toList();
        assertThat(titles).isNotEmpty().allSatisfy(title -> {
            assertThat(known).contains(title);
            assertThat(known).contains(title + ".hint");
        });
    }

    /**
     * A button that shows "Bearbeiten" and tells screen readers "Konto anna bearbeiten" keeps its
     * visible text in the spoken name (WCAG 2.5.3, axe-core's label-content-name-mismatch): people
     * who steer by voice say what they see. Such names are the keys ending in ".for".
     */
    @Test
    void keepsTheVisibleTextOfAButtonInTheNameScreenReadersHear() {
        for (String bundle : List.of("vaadin-i18n/translations_de.properties", "vaadin-i18n/translations_en.properties")) {
            var texts = texts(bundle);
            var named = texts.keySet().stream().filter(key -> key.endsWith(".for"))
                    .filter(key -> texts.containsKey(key.substring(0, key.length() - ".for".length()))).toList();
            assertThat(named).as(bundle).isNotEmpty().allSatisfy(key -> assertThat(texts.get(key).toLowerCase())
                    .as(bundle + " " + key)
                    .contains(texts.get(key.substring(0, key.length() - ".for".length())).toLowerCase()));
        }
    }

    /**
     * Every string literal that starts like a key of the bundles ("meeting.", "contact." …): a new
     * area needs no change here, and a typo in a key of a known area fails.
     */
    private static Set<String> keysUsedInSources() throws IOException {
        var areas = Stream.of(keys("vaadin-i18n/translations_de.properties"), keys("vaadin-i18n/catalogue_de.properties"),
                        keys("ValidationMessages_de.properties")).flatMap(Set::stream)
                .map(key -> key.substring(0, key.indexOf('.') + 1 == 0 ? key.length() : key.indexOf('.')))
                .map(Pattern::quote).collect(Collectors.toCollection(TreeSet::new));
        var keyLiteral = Pattern.compile("\"((?:" + String.join("|", areas) + ")\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        var used = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = keyLiteral.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        return used;
    }

    private static Set<String> keys(String resource) {
        return new TreeSet<>(texts(resource).keySet());
    }

    private static Map<String, String> texts(String resource) {
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            var texts = new TreeMap<String, String>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The enums of the application that name a label key, found on the class path so none is forgotten. */
    private static List<Class<?>> enumsWithLabels() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        return scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .filter(type -> !String.valueOf(type.getResourceDescription()).contains("test-classes"))
                .<Class<?>>map(type -> load(type.getBeanClassName()))
                .filter(type -> labelMethod(type) != null).toList();
    }

    private static Stream<String> labelKeys(Class<?> enumType) {
        var method = labelMethod(enumType);
        return Stream.of(enumType.getEnumConstants()).map(constant -> {
            try {
                return (String) method.invoke(constant);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Method labelMethod(Class<?> type) {
        try {
            return type.getMethod("translationKey");
        } catch (NoSuchMethodException e) {
            return null;
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
