package de.arbeitsgruppe.portal.shared.text;

import static com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI;
import static com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * The portal's one way to a PDF for mail, download and the records office: PDF/A-3a (archivable,
 * tagged) and PDF/UA-1 (read by screen readers), laid out by openhtmltopdf from an HTML document built
 * as a jsoup tree (text escaped by construction). Inline SVG is drawn too; an {@code svg} element needs
 * an {@code alt} attribute, which becomes the alternative text of its Figure tag. Used by the minutes and the leadership report, so
 * both keep the same fonts, colour profile and refusal of anything from outside. No Spring needed.
 */
public final class PdfA {

    private static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_3_A;
    /** The name the documents' style sheets ask for. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    /**
     * Bundled rather than taken from the system: PDF/A needs every font embedded, and a server without
     * fonts (a slim container) must render the same document as a desktop.
     */
    private static final List<Font> FONTS = List.of(
            new Font("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Font("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Font("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Font("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));
    /** PDF/A wants the colours' meaning declared; the JDK carries the sRGB profile, so no file is needed. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        RendererLog.install();
    }

    private PdfA() {
    }

    /**
     * Renders the document; its title and language become the PDF's (PDF/UA needs both), replacing
     * what the document had.
     */
    public static byte[] render(Document html, String title, String language) {
        Objects.requireNonNull(html, "html");
        html.selectFirst("html").attr("lang", Objects.requireNonNull(language, "language"));
        var head = html.head();
        head.select("title").remove();
        head.prependElement("title").text(Objects.requireNonNull(title, "title"));
        var pdf = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(CONFORMANCE)
                .usePdfUaAccessibility(true)
                .useColorProfile(SRGB)
                // nothing is loaded: no image, style sheet or font from any address a text might name
                .useExternalResourceAccessControl((uri, type) -> false, RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, RUN_AFTER_RESOLVING_URI)
                // inline SVG (the report's charts) drawn by Batik: no script, nothing loaded from outside
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                .withW3cDocument(new W3CDom().fromJsoup(html), null)
                .toStream(pdf);
        FONTS.forEach(font -> builder.useFont(font::open, FONT_FAMILY, font.weight(), font.style(), true));
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private record Font(String file, int weight, FontStyle style, byte[] bytes) {

        Font(String file, int weight, FontStyle style) {
            this(file, weight, style, load(file));
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        private static byte[] load(String file) {
            try (InputStream in = PdfA.class.getResourceAsStream("/fonts/" + file)) {
                return Objects.requireNonNull(in, file).readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
