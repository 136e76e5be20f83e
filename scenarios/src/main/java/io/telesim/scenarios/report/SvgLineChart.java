package io.telesim.scenarios.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as inline SVG, written by hand so the HTML report needs nothing from the network: series of (x, y)
 * points on a linear or logarithmic y axis, with labelled ticks on both axes, a legend, and an optional shaded band
 * (the warm-up). X values are plotted as given; callers map them first (a percentile to its "nines").
 */
final class SvgLineChart {

    private static final int WIDTH = 860;
    private static final int HEIGHT = 320;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 30;
    private static final int BOTTOM = 45;
    static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"};

    private record Series(String name, String color, double[] xs, double[] ys, boolean dashed) {
    }

    private record Tick(double x, String label) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final boolean logY;
    private final List<Series> series = new ArrayList<>();
    private final List<Tick> xTicks = new ArrayList<>();
    private double bandFrom = Double.NaN;
    private double bandTo = Double.NaN;
    private String bandLabel;

    SvgLineChart(String title, String xLabel, String yLabel, boolean logY) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.logY = logY;
    }

    SvgLineChart series(String name, String color, double[] xs, double[] ys, boolean dashed) {
        series.add(new Series(name, color, xs, ys, dashed));
        return this;
    }

    SvgLineChart xTick(double x, String label) {
        xTicks.add(new Tick(x, label));
        return this;
    }

    SvgLineChart band(double from, double to, String label) {
        this.bandFrom = from;
        this.bandTo = to;
        this.bandLabel = label;
        return this;
    }

    String svg() {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = 0;
        double minY = Double.MAX_VALUE;
        for (Series s : series) {
            for (int i = 0; i < s.xs.length; i++) {
                minX = Math.min(minX, s.xs[i]);
                maxX = Math.max(maxX, s.xs[i]);
                maxY = Math.max(maxY, s.ys[i]);
                if (s.ys[i] > 0) {
                    minY = Math.min(minY, s.ys[i]);
                }
            }
        }
        for (Tick tick : xTicks) {
            minX = Math.min(minX, tick.x);
            maxX = Math.max(maxX, tick.x);
        }
        if (minX >= maxX) {
            maxX = minX + 1;
        }
        double yLow;
        double yHigh;
        if (logY) {
            yLow = Math.pow(10, Math.floor(Math.log10(minY == Double.MAX_VALUE ? 0.01 : minY)));
            yHigh = Math.pow(10, Math.ceil(Math.log10(Math.max(maxY, yLow * 10))));
        } else {
            yLow = 0;
            yHigh = niceCeiling(Math.max(maxY, 1));
        }
        Axes axes = new Axes(minX, maxX, yLow, yHigh);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", LEFT, Html.escape(title)));
        if (!Double.isNaN(bandFrom)) {
            double x1 = axes.x(Math.max(minX, bandFrom));
            double x2 = axes.x(Math.min(maxX, bandTo));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" fill=\"#888\">%s</text>%n", x1, TOP, Math.max(0, x2 - x1), HEIGHT - TOP - BOTTOM, x1 + 4, TOP + 12,
                    Html.escape(bandLabel)));
        }
        yAxis(svg, axes, yLow, yHigh);
        xAxis(svg, axes, minX, maxX);
        int legend = 0;
        for (Series s : series) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < s.xs.length; i++) {
                double y = logY ? Math.max(s.ys[i], yLow) : s.ys[i];
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", axes.x(s.xs[i]), axes.y(y)));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.8\"%s points=\"%s\"/>%n", s.color,
                    s.dashed ? " stroke-dasharray=\"5,4\" opacity=\"0.6\"" : "", points.toString().strip()));
            if (!s.dashed) {
                int y = TOP + 14 + 16 * legend++;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>"
                        + "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 12, y - 4, WIDTH - RIGHT + 32, y - 4, s.color, WIDTH - RIGHT + 38, y,
                        Html.escape(s.name)));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", LEFT + (WIDTH - LEFT - RIGHT) / 2,
                HEIGHT - 6, Html.escape(xLabel)));
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(14,%d) rotate(-90)\" text-anchor=\"middle\">%s</text>%n",
                TOP + (HEIGHT - TOP - BOTTOM) / 2, Html.escape(yLabel)));
        return svg.append("</svg>\n").toString();
    }

    private void yAxis(StringBuilder svg, Axes axes, double low, double high) {
        List<Double> ticks = new ArrayList<>();
        if (logY) {
            for (double v = low; v <= high * 1.0001; v *= 10) {
                ticks.add(v);
            }
        } else {
            for (int i = 0; i <= 5; i++) {
                ticks.add(high * i / 5);
            }
        }
        for (double v : ticks) {
            double y = axes.y(v);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 4, number(v)));
        }
    }

    private void xAxis(StringBuilder svg, Axes axes, double minX, double maxX) {
        List<Tick> ticks = new ArrayList<>(xTicks);
        if (ticks.isEmpty()) {
            double step = niceCeiling((maxX - minX) / 8);
            for (double v = Math.ceil(minX / step) * step; v <= maxX; v += step) {
                ticks.add(new Tick(v, number(v)));
            }
        }
        int baseline = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>%n", LEFT, baseline, WIDTH - RIGHT,
                baseline));
        for (Tick tick : ticks) {
            double x = axes.x(tick.x);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, baseline, x, baseline + 4, x, baseline + 17,
                    Html.escape(tick.label)));
        }
    }

    private static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String number(double v) {
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (Math.abs(v) >= 1) {
            return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+$", "");
        }
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("\\.?0+$", "");
    }

    /** Maps data to the plot area. */
    private final class Axes {
        private final double minX;
        private final double maxX;
        private final double low;
        private final double high;

        Axes(double minX, double maxX, double low, double high) {
            this.minX = minX;
            this.maxX = maxX;
            this.low = low;
            this.high = high;
        }

        double x(double value) {
            return LEFT + (value - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
        }

        double y(double value) {
            double fraction = logY ? (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low)) : (value - low) / (high - low);
            return HEIGHT - BOTTOM - fraction * (HEIGHT - TOP - BOTTOM);
        }
    }
}
