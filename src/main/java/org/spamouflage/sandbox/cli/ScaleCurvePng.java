package org.spamouflage.sandbox.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * The {@code bench scale} curve as a PNG: two log–log panels over posts, seconds (wall and process CPU) and
 * peak heap in GB, with a dashed "linear" guide through the smallest size. Plain Java2D: no chart library
 * is needed for two panels of a few points.
 */
final class ScaleCurvePng {
    private static final int W = 1000;
    private static final int H = 440;
    private static final Color WALL = new Color(0x1f77b4);
    private static final Color CPU = new Color(0xff7f0e);
    private static final Color HEAP = new Color(0x2ca02c);

    private ScaleCurvePng() {
    }

    static void write(List<BenchScaleCommand.Row> rows, String scenario, Path file) throws IOException {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Whole engine (signals, network, clusters, exports) on " + scenario + " scaled; synthetic data",
                20, 24);
        panel(g, 20, rows, "seconds", List.of(new Series("wall", WALL, r -> r.wallSeconds()),
                new Series("process CPU", CPU, r -> r.cpuSeconds())));
        panel(g, W / 2 + 10, rows, "peak heap, GB", List.of(new Series("peak heap", HEAP,
                r -> r.peakHeapBytes() / 1e9)));
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }

    private record Series(String name, Color color, ToDoubleFunction<BenchScaleCommand.Row> value) {
    }

    private static void panel(Graphics2D g, int left, List<BenchScaleCommand.Row> rows, String yLabel,
                              List<Series> series) {
        int x0 = left + 60;
        int y0 = H - 60;
        int pw = W / 2 - 100;
        int ph = H - 120;
        double xMin = Math.log10(rows.stream().mapToInt(BenchScaleCommand.Row::posts).min().orElse(1)) - 0.1;
        double xMax = Math.log10(rows.stream().mapToInt(BenchScaleCommand.Row::posts).max().orElse(10)) + 0.1;
        double yMin = Double.MAX_VALUE;
        double yMax = -Double.MAX_VALUE;
        for (Series s : series) {
            for (BenchScaleCommand.Row r : rows) {
                double v = Math.log10(Math.max(1e-3, s.value().applyAsDouble(r)));
                yMin = Math.min(yMin, v);
                yMax = Math.max(yMax, v);
            }
        }
        yMin = Math.floor(yMin - 0.1);
        yMax = Math.ceil(yMax + 0.1);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.LIGHT_GRAY);
        for (double d = Math.ceil(xMin); d <= xMax; d++) {
            int x = (int) (x0 + (d - xMin) / (xMax - xMin) * pw);
            g.drawLine(x, y0, x, y0 - ph);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%,.0f", Math.pow(10, d)), x - 20, y0 + 16);
            g.setColor(Color.LIGHT_GRAY);
        }
        for (double d = yMin; d <= yMax; d++) {
            int y = (int) (y0 - (d - yMin) / (yMax - yMin) * ph);
            g.drawLine(x0, y, x0 + pw, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%s", trim(Math.pow(10, d))), left, y + 4);
            g.setColor(Color.LIGHT_GRAY);
        }
        g.setColor(Color.BLACK);
        g.drawRect(x0, y0 - ph, pw, ph);
        g.drawString("posts (log scale)", x0 + pw / 2 - 40, y0 + 34);
        g.drawString(yLabel + " (log scale)", x0, y0 - ph - 8);
        int legend = 0;
        for (Series s : series) {
            int px = -1;
            int py = -1;
            g.setColor(s.color());
            g.setStroke(new BasicStroke(2.2f));
            double firstX = 0;
            double firstY = 0;
            for (int i = 0; i < rows.size(); i++) {
                BenchScaleCommand.Row r = rows.get(i);
                double lx = Math.log10(r.posts());
                double ly = Math.log10(Math.max(1e-3, s.value().applyAsDouble(r)));
                if (i == 0) {
                    firstX = lx;
                    firstY = ly;
                }
                int x = (int) (x0 + (lx - xMin) / (xMax - xMin) * pw);
                int y = (int) (y0 - (ly - yMin) / (yMax - yMin) * ph);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                px = x;
                py = y;
            }
            // linear guide: slope 1 in log-log through the first point
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 5f},
                    0f));
            double endX = xMax;
            double endY = firstY + (endX - firstX);
            g.drawLine((int) (x0 + (firstX - xMin) / (xMax - xMin) * pw), (int) (y0 - (firstY - yMin) / (yMax - yMin) * ph),
                    (int) (x0 + (endX - xMin) / (xMax - xMin) * pw),
                    (int) (y0 - (Math.min(endY, yMax) - yMin) / (yMax - yMin) * ph
                            - (endY > yMax ? 0 : 0)));
            g.setStroke(new BasicStroke(1f));
            g.fillRect(x0 + 10, y0 - ph + 10 + legend * 18, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(s.name() + " (dashed: linear from the smallest)", x0 + 28, y0 - ph + 21 + legend * 18);
            legend++;
        }
    }

    private static String trim(double v) {
        return v >= 1 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2g", v);
    }
}
