/**
 * The chart's colours, shared by the chart (plotChart.ts) and its legend. Each reaches AA contrast on
 * white (3:1 for lines and shapes, 4.5:1 as text); colour is never the only difference (shapes, dashes).
 */
export const CHART_COLOURS = { wijk: '#1d4f91', gemeente: '#8f4a00', ink: '#1a1a1a' } as const;
