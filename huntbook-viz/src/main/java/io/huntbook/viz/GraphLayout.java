package io.huntbook.viz;

import java.util.Random;

/**
 * A force-directed layout (Fruchterman-Reingold) computed once in Java, so that the interactive and the static view
 * place every node at the same spot. Seeded: the same graph always gets the same picture.
 */
final class GraphLayout {
    private GraphLayout() {}

    /** Positions in the unit square, {@code [x0, y0, x1, y1, ...]}. */
    static double[] layout(int nodes, int[] sources, int[] targets) {
        double[] pos = new double[nodes * 2];
        Random random = new Random(42);
        for (int i = 0; i < nodes; i++) {
            double angle = 2 * Math.PI * i / Math.max(1, nodes);
            pos[2 * i] = 0.5 + 0.4 * Math.cos(angle) + random.nextDouble() * 0.01;
            pos[2 * i + 1] = 0.5 + 0.4 * Math.sin(angle) + random.nextDouble() * 0.01;
        }
        if (nodes < 2) {
            pos[0] = 0.5;
            if (nodes == 1) {
                pos[1] = 0.5;
            }
            return pos;
        }
        double k = Math.sqrt(1.0 / nodes);
        double temperature = 0.1;
        int iterations = nodes > 300 ? 60 : 200;
        double[] disp = new double[nodes * 2];
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(disp, 0);
            for (int i = 0; i < nodes; i++) {
                for (int j = i + 1; j < nodes; j++) {
                    double dx = pos[2 * i] - pos[2 * j];
                    double dy = pos[2 * i + 1] - pos[2 * j + 1];
                    double d2 = Math.max(1e-6, dx * dx + dy * dy);
                    double f = k * k / d2;
                    disp[2 * i] += dx * f;
                    disp[2 * i + 1] += dy * f;
                    disp[2 * j] -= dx * f;
                    disp[2 * j + 1] -= dy * f;
                }
            }
            for (int e = 0; e < sources.length; e++) {
                int a = sources[e];
                int b = targets[e];
                double dx = pos[2 * a] - pos[2 * b];
                double dy = pos[2 * a + 1] - pos[2 * b + 1];
                double d = Math.max(1e-3, Math.sqrt(dx * dx + dy * dy));
                double f = d / k;
                disp[2 * a] -= dx * f;
                disp[2 * a + 1] -= dy * f;
                disp[2 * b] += dx * f;
                disp[2 * b + 1] += dy * f;
            }
            for (int i = 0; i < nodes; i++) {
                // a weak pull to the centre keeps separate components on the page
                disp[2 * i] += (0.5 - pos[2 * i]) * 0.5;
                disp[2 * i + 1] += (0.5 - pos[2 * i + 1]) * 0.5;
                double len = Math.sqrt(disp[2 * i] * disp[2 * i] + disp[2 * i + 1] * disp[2 * i + 1]);
                if (len > 0) {
                    double step = Math.min(len, temperature);
                    pos[2 * i] += disp[2 * i] / len * step;
                    pos[2 * i + 1] += disp[2 * i + 1] / len * step;
                }
            }
            temperature *= 0.97;
        }
        normalise(pos);
        return pos;
    }

    private static void normalise(double[] pos) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < pos.length; i += 2) {
            minX = Math.min(minX, pos[i]);
            maxX = Math.max(maxX, pos[i]);
            minY = Math.min(minY, pos[i + 1]);
            maxY = Math.max(maxY, pos[i + 1]);
        }
        double sx = maxX - minX < 1e-9 ? 1 : maxX - minX;
        double sy = maxY - minY < 1e-9 ? 1 : maxY - minY;
        for (int i = 0; i < pos.length; i += 2) {
            pos[i] = maxX - minX < 1e-9 ? 0.5 : (pos[i] - minX) / sx;
            pos[i + 1] = maxY - minY < 1e-9 ? 0.5 : (pos[i + 1] - minY) / sy;
        }
    }
}
