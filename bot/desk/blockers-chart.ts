import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import type { WeekOfBlockers } from '../../domain/index.js';
import { messagesFor, type Language } from '../../i18n/index.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** A font shipped as an npm package, so the picture is the same on every machine (no system fonts needed). */
const FONT_FAMILY = 'Upgrade Assistant Sans';
const require = createRequire(import.meta.url);
GlobalFonts.registerFromPath(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'), FONT_FAMILY);

/** The bars shown; the card lists every count as text too. */
const MOST_BLOCKERS = 6;
const WIDTH = 440;
const BAR_ROW = 24;
/** Longer reason titles are cut, so the bars keep their room (the card lists the titles in full). */
const LABEL_CHARACTERS = 28;
const CHROME = 34;

/**
 * The week's blockers as a horizontal bar chart, a PNG data URI an Adaptive Card Image shows
 * (Teams renders PNG, JPEG and GIF; the Agents Playground too). chart.js draws on @napi-rs/canvas,
 * a Skia canvas shipped as prebuilt npm packages: no browser, no system libraries.
 */
export function renderBlockersChart(week: WeekOfBlockers, lang: Language): string {
  const messages = messagesFor(lang);
  const shown = week.blockers.slice(0, MOST_BLOCKERS);
  const canvas = createCanvas(WIDTH, CHROME + BAR_ROW * Math.max(shown.length, 1));
  // chart.js is typed against the DOM's canvas; @napi-rs/canvas implements the same 2D context API.
  const chart = new Chart(canvas.getContext('2d') as unknown as ConstructorParameters<typeof Chart>[0], {
    type: 'bar',
    data: {
      labels: shown.map((blocker) => shorten(messages.reasons[blocker.reason].title)),
      datasets: [{ data: shown.map((blocker) => blocker.cases), backgroundColor: '#5b5fc7', borderRadius: 3 }],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      plugins: { legend: { display: false } },
      scales: {
        // Few lines and flat colours keep the PNG small enough to travel inside the card.
        x: { beginAtZero: true, ticks: { precision: 0, font: { family: FONT_FAMILY, size: 11 } }, grid: { color: '#e6e6e6' } },
        y: { ticks: { font: { family: FONT_FAMILY, size: 11 } }, grid: { display: false } },
      },
    },
  });
  try {
    return `data:image/png;base64,${canvas.toBuffer('image/png').toString('base64')}`;
  } finally {
    chart.destroy();
  }
}

function shorten(title: string): string {
  return title.length <= LABEL_CHARACTERS ? title : `${title.slice(0, LABEL_CHARACTERS - 1).trimEnd()}…`;
}
