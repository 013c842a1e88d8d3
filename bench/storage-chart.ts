/** A small hand-written SVG line chart: latency (log scale) against conversations stored (log scale). */

export interface ChartSeries {
  label: string;
  color: string;
  dashed?: boolean;
  points: { conversations: number; ms: number }[];
}

const WIDTH = 640;
const HEIGHT = 380;
const MARGIN = { left: 64, right: 170, top: 36, bottom: 48 };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function decadesCovering(values: number[]): number[] {
  const low = Math.floor(Math.log10(Math.min(...values)));
  const high = Math.ceil(Math.log10(Math.max(...values)));
  return Array.from({ length: high - low + 1 }, (_, i) => 10 ** (low + i));
}

function formatMs(ms: number): string {
  return ms >= 1 ? `${ms} ms` : `${Number(ms.toPrecision(1))} ms`;
}

export function latencyChartSvg(title: string, series: ChartSeries[]): string {
  const xs = series.flatMap((s) => s.points.map((p) => p.conversations));
  const yTicks = decadesCovering(series.flatMap((s) => s.points.map((p) => p.ms)));
  const xTicks = decadesCovering(xs);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const [xMin, xMax] = [Math.log10(xTicks[0] ?? 1), Math.log10(xTicks.at(-1) ?? 10)];
  const [yMin, yMax] = [Math.log10(yTicks[0] ?? 1), Math.log10(yTicks.at(-1) ?? 10)];
  const x = (value: number) => MARGIN.left + ((Math.log10(value) - xMin) / (xMax - xMin || 1)) * plotWidth;
  const y = (value: number) => MARGIN.top + plotHeight - ((Math.log10(value) - yMin) / (yMax - yMin || 1)) * plotHeight;

  const grid = [
    ...yTicks.map(
      (tick) =>
        `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>` +
        `<text x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end">${formatMs(tick)}</text>`,
    ),
    ...xTicks.map(
      (tick) =>
        `<line x1="${x(tick)}" x2="${x(tick)}" y1="${MARGIN.top}" y2="${MARGIN.top + plotHeight}" stroke="#eee"/>` +
        `<text x="${x(tick)}" y="${MARGIN.top + plotHeight + 18}" text-anchor="middle">${tick.toLocaleString('en')}</text>`,
    ),
  ];
  const lines = series.map((s, index) => {
    const path = s.points.map((p) => `${x(p.conversations).toFixed(1)},${y(p.ms).toFixed(1)}`).join(' ');
    const dots = s.points.map((p) => `<circle cx="${x(p.conversations).toFixed(1)}" cy="${y(p.ms).toFixed(1)}" r="3" fill="${s.color}"/>`);
    const legendY = MARGIN.top + 10 + index * 20;
    const legendX = MARGIN.left + plotWidth + 14;
    return [
      `<polyline points="${path}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''}/>`,
      ...dots,
      `<line x1="${legendX}" x2="${legendX + 20}" y1="${legendY}" y2="${legendY}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''}/>`,
      `<text x="${legendX + 26}" y="${legendY + 4}">${escapeXml(s.label)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${MARGIN.left}" y="20" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
    ...grid,
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#888"/>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 10}" text-anchor="middle">conversations stored (log scale)</text>`,
    `<text transform="translate(14 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">latency (log scale)</text>`,
    ...lines,
    '</svg>',
    '',
  ].join('\n');
}
