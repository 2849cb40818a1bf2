import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws the first page of a PDF as a PNG, for the pictures in docs/render.md. Run with the CLI jar, which
 * carries PDFBox: {@code java -cp cli/target/haven.jar docs/tools/PdfPageToPng.java IN.pdf OUT.png}
 */
public class PdfPageToPng {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: PdfPageToPng IN.pdf OUT.png");
      System.exit(2);
    }
    try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 96);
      ImageIO.write(page, "png", new File(args[1]));
    }
  }
}
