package de.arbeitsgruppe.portal.protocol.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** What a reader and an E-Akte see of a PDF: its text (PDFBox) and whether veraPDF passes it as the PDF/A it claims. */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /**
     * The text in the order it is drawn: the lines of one table cell after each other, where the text by
     * position would interleave the cells of a row.
     */
    public static String text(byte[] pdf) throws IOException {
        return text(pdf, false);
    }

    /** The text line by line as a reader sees it on the page (bold and italic runs are drawn after the rest). */
    static String readingText(byte[] pdf) throws IOException {
        return text(pdf, true);
    }

    /** {@link #readingText} with every run of white space as one space, so line breaks do not matter. */
    static String flatText(byte[] pdf) throws IOException {
        return readingText(pdf).replaceAll("\\s+", " ");
    }

    /** The rules veraPDF finds broken, for the flavour the file declares; empty when it is valid PDF/A. */
    public static List<String> pdfaProblems(byte[] pdf) throws Exception {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            return problems(parser, parser.getFlavour());
        }
    }

    /** The rules veraPDF finds broken in the given flavour (a PDF/A part or PDF/UA-1), one line each. */
    public static List<String> problems(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            return problems(parser, flavour);
        }
    }

    static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    /** The glyphs of the page as placed, to tell whether any runs off the paper. */
    static List<TextPosition> glyphs(PDDocument document, int page) throws IOException {
        var glyphs = new ArrayList<TextPosition>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                glyphs.addAll(positions);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return glyphs;
    }

    private static List<String> problems(PDFAParser parser, PDFAFlavour flavour) throws Exception {
        try (var validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            var result = validator.validate(parser);
            var failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId() + ": " + assertion.getMessage().replaceAll("\\s+", " ")
                            + " at " + assertion.getLocation().getContext())
                    .distinct().toList();
            return failed.isEmpty() && !result.isCompliant() ? List.of("not compliant: " + result.getJobEndStatus())
                    : failed;
        }
    }

    private static String text(byte[] pdf, boolean byPosition) throws IOException {
        try (var document = load(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return stripper.getText(document);
        }
    }
}
