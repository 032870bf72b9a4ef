package org.spamouflage.sandbox.browser;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Copies the page screenshots the browser tests took ({@code target/screenshots/}) into {@code
 * docs/screenshots/} for the README, scaled down and cut to the first screen so the repository
 * stays small. Run after {@code mvn verify}:
 * {@code java -cp target/test-classes org.spamouflage.sandbox.browser.DocsScreenshots}.
 */
public final class DocsScreenshots {
    private static final String[] PAGES = {"playground", "playground-lesson", "explore", "scenarios", "runs", "lessons",
        "lesson", "exercise-student", "exercise-revealed", "import",
        "explore-import", "playground-fr", "explore-fr", "exercise-revealed-fr", "glossary-fr", "playground-fr-phone",
        "explore-fr-phone", "playground-en-phone"};
    private static final int WIDTH = 960;
    private static final int MAX_HEIGHT = 1000;

    private DocsScreenshots() {
    }

    public static void main(String[] args) throws IOException {
        Path from = Path.of("target", "screenshots");
        Path to = Path.of("docs", "screenshots");
        Files.createDirectories(to);
        for (String page : PAGES) {
            Path in = from.resolve(page + ".png");
            if (!Files.exists(in)) {
                System.err.println("missing " + in + " (run the browser tests first)");
                continue;
            }
            BufferedImage src = ImageIO.read(in.toFile());
            // Scaled down to WIDTH, never up (phone-width shots keep their size).
            double scale = Math.min(1.0, (double) WIDTH / src.getWidth());
            int w = (int) Math.round(src.getWidth() * scale);
            int h = (int) Math.min(MAX_HEIGHT, Math.round(src.getHeight() * scale));
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            var g = out.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, 0, 0, w, (int) Math.round(src.getHeight() * scale), null);
            g.dispose();
            ImageIO.write(out, "png", to.resolve(page + ".png").toFile());
            System.out.println(to.resolve(page + ".png") + " " + Files.size(to.resolve(page + ".png")) + " bytes");
        }
    }
}
