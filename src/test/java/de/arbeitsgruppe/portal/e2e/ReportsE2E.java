package de.arbeitsgruppe.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import de.arbeitsgruppe.portal.SignedIn;
import de.arbeitsgruppe.portal.exchange.ExchangeRegister;
import de.arbeitsgruppe.portal.exchange.ExchangeSamples;
import de.arbeitsgruppe.portal.exchange.ReviewReminderRuns;
import de.arbeitsgruppe.portal.notification.ReceivedMail;
import de.arbeitsgruppe.portal.notification.TestMailServer;
import de.arbeitsgruppe.portal.offer.OfferManagement;
import de.arbeitsgruppe.portal.protocol.internal.PdfChecks;
import de.arbeitsgruppe.portal.report.ReportPeriod;
import de.arbeitsgruppe.portal.shared.Formats;
import de.arbeitsgruppe.portal.shared.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The leadership report and the data-exchange register in Chromium, as the issue tells it: the office
 * builds the report of the last quarter of the demo data and finds its figures on the supply overview
 * and the interface matrix; downloads it as PDF/A (veraPDF), CSV and XLSX, each holding the figure seen
 * on the page; sends it to the leadership contacts, who get the PDF by mail; a partner's later change of
 * free places leaves the sent report and its PDF as they were, while a report built anew shows it. An
 * agreement's next review, set in the register's form, reminds its responsible contact once. Every page
 * on the way passes axe-core, charts included; the report pages fit a phone.
 */
class ReportsE2E extends BrowserTest {

    private static final String OFFICE = "anna.koordination";
    /** The Caritas' orientation course in Lindenau (demo data): its provider changes its free places. */
    private static final String LINDENAU_COURSE = "o-demo-18";
    private static final String LINDENAU = "Lindenau";
    private static final String BY_DISTRICT = "Angebote je Ortsteil";
    private static final String FREE_PLACES = "freie Plätze";
    private static final String SEND = "An die Leitungsebenen senden";
    private static final List<String> LEADERSHIP = List.of("leitung@landkreis-musterstadt.example",
            "geschaeftsfuehrung@agentur-musterstadt.example", "geschaeftsfuehrung@jobcenter-musterstadt.example");

    /** Building a report and rendering its PDF take a while on a busy build machine. */
    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    private static final String TABLE_CELLS = """
            table => ({
              headers: [...table.querySelectorAll('thead th')].map(cell => cell.textContent.trim()),
              rows: [...table.querySelectorAll('tbody tr')].map(row => [...row.cells].map(cell => cell.textContent.trim()))
            })
            """;

    @Autowired
    OfferManagement offers;
    @Autowired
    ExchangeRegister register;
    @Autowired
    ApplicationContext context;

    @Test
    void theOfficeBuildsChecksExportsAndSendsTheQuarterlyReportWhichLaterChangesLeaveAsSent() throws Exception {
        var quarter = ReportPeriod.quarterBefore(Formats.today());
        login(OFFICE);

        // 1. the report of the last quarter (the chooser's default), with charts and their tables
        open("berichte/neu");
        var built = build(quarter);
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("^" + BY_DISTRICT))))
                .isVisible();
        assertThat(page.locator(".report-chart svg[role=img]").count()).as("charts on the page").isGreaterThan(1);
        var lindenau = built.row(LINDENAU);
        var free = built.cell(LINDENAU, FREE_PLACES);
        assertMeetsWcag22AA();

        // 2. the three files hold the figure seen on the page
        var pdf = download("PDF herunterladen");
        assertThat(PdfChecks.pdfaProblems(pdf)).as("veraPDF on the report's PDF").isEmpty();
        assertThat(flat(PdfChecks.text(pdf))).contains(LINDENAU + " " + String.join(" ", lindenau.subList(1, lindenau.size())));
        assertThat(csvLines(download("CSV herunterladen")))
                .contains(List.of("Angebote", BY_DISTRICT, LINDENAU, FREE_PLACES, free));
        assertThat(xlsxFigure(download("Excel-Datei herunterladen"), "Angebote", LINDENAU, FREE_PLACES))
                .isEqualTo(number(free));

        // 3. sent after a confirmation: the leadership contacts get the PDF, as mailed
        var subject = "Bericht an die Leitungsebenen: Gesamte Arbeitsgruppe, " + quarter.dates();
        var mailsBefore = TestMailServer.received().stream().filter(TestMailServer.about(subject)).count();
        button(SEND).click();
        var confirm = page.getByRole(AriaRole.DIALOG);
        assertThat(confirm).containsText(quarter.dates());
        page.waitForFunction("() => !document.querySelector('[opening]')");
        assertMeetsWcag22AA();
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(SEND).setExact(true)).click();
        // sending builds the report anew and renders its PDF while the page waits
        var notice = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("Bericht als Fassung \\d+ an 3 Empfänger gesendet\\.")));
        assertThat(notice).isVisible(SLOW);
        var version = firstNumber(notice.textContent());
        // the mail server keeps one copy per recipient, each addressed to all three
        var mails = mailsAbout(subject, (int) mailsBefore + LEADERSHIP.size());
        assertThat(mails).hasSize((int) mailsBefore + LEADERSHIP.size());
        var mail = mails.getLast();
        assertThat(mail.to()).containsExactlyInAnyOrderElementsOf(LEADERSHIP);
        assertThat(mail.attachments()).singleElement().asString().endsWith(".pdf");
        var mailedPdf = mail.attachmentContents().getFirst();
        assertThat(flat(PdfChecks.text(mailedPdf))).contains(LINDENAU + " " + String.join(" ", lindenau.subList(1, lindenau.size())));

        // 4. its figures are those the portal shows elsewhere: the supply overview per district …
        open("angebote/versorgung");
        var supply = table(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Angebotsarten je Ortsteil")));
        assertThat(supplyOf(supply, LINDENAU)).as("Lindenau on the supply overview: running, planned, free places, kinds without offer")
                .containsExactly(number(built.cell(LINDENAU, "laufend")), number(built.cell(LINDENAU, "geplant")),
                        number(free), number(built.cell(LINDENAU, "Angebotsarten ohne Angebot")));
        // … and the interface matrix per authority
        open("schnittstellen");
        var matrix = new ArrayList<List<String>>();
        for (var section : page.locator("table.portal-table").all()) {
            matrix.addAll(table(section).rows());
        }
        assertThat(built.interfaces.rows()).isNotEmpty();
        for (var authority : built.interfaces.rows()) {
            assertThat(matrixOf(matrix, authority.getFirst())).as("interface matrix of %s: rows, gaps of contact, deputy, mailbox",
                    authority.getFirst()).containsExactly(number(authority.get(1)), number(authority.get(2)),
                    number(authority.get(3)), number(authority.get(4)));
        }

        // 5. listed as sent, and its page shows it as sent
        open("berichte");
        var sent = table(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Berichte")));
        assertThat(sent.rows().getFirst()).as("the latest sent report")
                .containsExactly(quarter.dates(), "Gesamte Arbeitsgruppe", version, sent.rows().getFirst().get(3), "3", "von Hand");
        assertMeetsWcag22AA();
        page.getByRole(AriaRole.ROW).nth(1).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(quarter.dates())).click();
        assertThat(page).hasURL(Pattern.compile(".*/berichte/[^/]+$"));
        waitForVaadin();
        var sentPath = page.url().replaceFirst("^.*/(berichte/[^/?#]+).*$", "$1");
        assertThat(heading()).hasText("Versandter Bericht");
        assertThat(page.getByText(Pattern.compile("Fassung " + version + ", versandt am "))).isVisible();
        assertThat(districtTable().row(LINDENAU)).isEqualTo(lindenau);
        var sentPdf = download("PDF herunterladen");
        assertThat(sentPdf).as("the PDF of the sent report is the one mailed").isEqualTo(mailedPdf);
        assertMeetsWcag22AA();

        // 6. the Caritas changes the course's free places: the sent report stays, a new one shows the change
        var course = SignedIn.as(SignedIn.PARTNER, Role.PARTNER, () -> offers.find(LINDENAU_COURSE)).orElseThrow();
        var placesBefore = course.getFreePlaces();
        var placesNow = placesBefore > 0 ? placesBefore - 1 : placesBefore + 1;
        var changed = SignedIn.as(SignedIn.PARTNER, Role.PARTNER,
                () -> offers.setFreePlaces(LINDENAU_COURSE, course.getVersion(), placesNow));
        try {
            open(sentPath);
            assertThat(districtTable().row(LINDENAU)).as("the sent report after the change").isEqualTo(lindenau);
            assertThat(download("PDF herunterladen")).as("the sent PDF after the change").isEqualTo(sentPdf);
            assertMeetsWcag22AA();
            page.setViewportSize(Screen.PHONE.width, Screen.PHONE.height);
            open(sentPath);
            assertFitsTheScreen();
            assertMeetsWcag22AA();

            open("berichte/neu");
            var rebuilt = build(quarter);
            assertThat(number(rebuilt.cell(LINDENAU, FREE_PLACES))).as("free places in Lindenau in a new report")
                    .isEqualTo(number(free) + placesNow - placesBefore);
            assertFitsTheScreen();
            assertMeetsWcag22AA();
            saveScreenshot("reports-phone-built");
        } finally {
            SignedIn.as(SignedIn.PARTNER, Role.PARTNER,
                    () -> offers.setFreePlaces(LINDENAU_COURSE, changed.getVersion(), placesBefore));
        }

        // 7. the leadership contacts the office names
        page.setViewportSize(Screen.DESK.width, Screen.DESK.height);
        open("berichte/empfaenger");
        assertThat(heading()).hasText("Empfänger und Zeitplan der Berichte");
        assertThat(page.getByText("Dr. Helga Landrat").first()).isAttached();
        assertMeetsWcag22AA();
    }

    @Test
    void anAgreementsNextReviewSetInTheFormRemindsItsResponsibleContactOnce() {
        var title = "Übermittlung der Schulabschlüsse " + UUID.randomUUID().toString().substring(0, 6);
        var agreement = ExchangeSamples.agreement(title);
        agreement.setContactIds(List.of("c-agentur-schmidt"));
        var created = SignedIn.as(SignedIn.COORDINATOR, Role.COORDINATOR, () -> register.create(agreement));
        login(OFFICE);

        // 1. the register, the agreement and the empty form
        open("datenaustausch");
        assertThat(heading()).hasText("Datenaustausch");
        assertMeetsWcag22AA();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/datenaustausch/" + created.getId() + "$"));
        waitForVaadin();
        assertThat(heading()).hasText(title);
        assertMeetsWcag22AA();
        open("datenaustausch/neu");
        assertThat(heading()).hasText("Neue Vereinbarung zum Datenaustausch");
        assertMeetsWcag22AA();

        // 2. the office moves the next review into the reminder window (14 days)
        var review = Formats.today().plusDays(7);
        open("datenaustausch/" + created.getId() + "/bearbeiten");
        assertThat(heading()).hasText("Vereinbarung bearbeiten: " + title);
        var field = page.getByLabel("Nächste Überprüfung", new Page.GetByLabelOptions().setExact(true));
        field.fill(Formats.date(review));
        field.press("Enter");
        assertThat(field).hasValue(Formats.date(review));
        waitForVaadin();
        button("Speichern").click();
        assertThat(page.getByText("Vereinbarung gespeichert.")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/datenaustausch/" + created.getId() + "$"));
        assertThat(page.locator("p").filter(new Locator.FilterOptions().setHasText("Nächste Überprüfung:")))
                .containsText(Formats.date(review));

        // 3. the job reminds the responsible contact once; running it again sends nothing
        var subject = "Überprüfung fällig am " + Formats.date(review) + ": " + title;
        ReviewReminderRuns.runNow(context);
        var reminders = mailsAbout(subject, 1);
        assertThat(reminders).singleElement().extracting(ReceivedMail::to)
                .isEqualTo(List.of("agentur-schmidt@musterstadt.example"));
        assertThat(reminders.getFirst().text()).contains(title, "Landkreis Musterstadt", "Agentur für Arbeit Musterstadt",
                "/datenaustausch/" + created.getId());
        ReviewReminderRuns.runNow(context);
        // sending is synchronous: a second mail would have arrived when the run returned
        assertThat(TestMailServer.received().stream().filter(TestMailServer.about(subject))).hasSize(1);
    }

    /** Builds the report with the chooser's period and organisation as they stand; the status names the period. */
    private BuiltReport build(ReportPeriod expected) {
        button("Bericht erstellen").click();
        assertThat(page.getByText("Bericht erstellt: Gesamte Arbeitsgruppe, " + expected.dates() + "."))
                .isVisible(SLOW);
        waitForVaadin();
        return new BuiltReport(districtTable(),
                table(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Abdeckung der Schnittstellen je Organisation"))));
    }

    private Table districtTable() {
        return table(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(BY_DISTRICT)));
    }

    private record BuiltReport(Table districts, Table interfaces) {

        List<String> row(String label) {
            return districts.row(label);
        }

        String cell(String label, String column) {
            return districts.cell(label, column);
        }
    }

    /** A table as the page shows it: the column headings and the text of each cell. */
    private record Table(List<String> headers, List<List<String>> rows) {

        List<String> row(String label) {
            return rows.stream().filter(row -> row.getFirst().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + label + " in " + rows));
        }

        String cell(String label, String column) {
            var index = headers.indexOf(column);
            assertThat(index).as("column %s in %s", column, headers).isNotNegative();
            return row(label).get(index);
        }
    }

    @SuppressWarnings("unchecked")
    private static Table table(Locator table) {
        var cells = (Map<String, Object>) table.evaluate(TABLE_CELLS);
        return new Table((List<String>) cells.get("headers"), (List<List<String>>) cells.get("rows"));
    }

    /** Running, planned, free places and kinds without an offer in a district, summed over the kinds of offer. */
    private static List<Long> supplyOf(Table supply, String district) {
        var column = supply.headers().indexOf(district);
        assertThat(column).as("column %s on the supply overview", district).isPositive();
        long running = 0;
        long planned = 0;
        long free = 0;
        long gaps = 0;
        var cell = Pattern.compile("^(\\d+) laufend, (\\d+) geplant, (?:keine freien Plätze|(\\d+) freie?r? Pl[aä]tze?)$");
        for (var row : supply.rows()) {
            var text = row.get(column);
            if (text.equals("kein Angebot")) {
                gaps++;
                continue;
            }
            if (text.equals("keine")) {
                continue;
            }
            var matched = cell.matcher(text);
            assertThat(matched.matches()).as("cell %s", text).isTrue();
            running += Long.parseLong(matched.group(1));
            planned += Long.parseLong(matched.group(2));
            free += matched.group(3) == null ? 0 : Long.parseLong(matched.group(3));
        }
        return List.of(running, planned, free, gaps);
    }

    /** Interfaces of an authority on the matrix and how many of them name no contact, deputy or mailbox. */
    private static List<Long> matrixOf(List<List<String>> rows, String authority) {
        var own = rows.stream().filter(row -> row.getFirst().equals(authority)).toList();
        return List.of((long) own.size(), gaps(own, 1), gaps(own, 2), gaps(own, 3));
    }

    private static long gaps(List<List<String>> rows, int column) {
        return rows.stream().filter(row -> row.get(column).equals("nicht benannt")).count();
    }

    private byte[] download(String link) {
        var download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link).setExact(true)).click());
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> csvLines(byte[] csv) throws IOException {
        var text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).as("byte-order mark for Excel").startsWith("\uFEFF");
        var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
        try (var parser = format.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    /** The figure of a row and column on the section's sheet, as a number. */
    private static long xlsxFigure(byte[] xlsx, String sheetName, String rowLabel, String column) throws IOException {
        var text = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet(sheetName);
            assertThat(sheet).as("sheet %s", sheetName).isNotNull();
            var index = -1;
            for (var row : sheet) {
                var cells = new ArrayList<String>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                if (cells.contains(column)) {
                    index = cells.indexOf(column);
                } else if (!cells.isEmpty() && cells.getFirst().equals(rowLabel) && index > 0) {
                    var figure = row.getCell(index);
                    assertThat(figure.getCellType()).as("figures as numbers").isEqualTo(CellType.NUMERIC);
                    return Math.round(figure.getNumericCellValue());
                }
            }
        }
        throw new AssertionError("no row " + rowLabel + " under " + column + " on sheet " + sheetName);
    }

    private static long number(String shown) {
        return Long.parseLong(shown.replace(".", ""));
    }

    private static String firstNumber(String text) {
        Matcher matcher = Pattern.compile("\\d+").matcher(text);
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
