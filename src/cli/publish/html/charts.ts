// The dashboard's charts as inline SVG (no script, no image file). Each is hidden from screen readers and
// followed by the table of the same numbers, which every reader gets.
import type { Lang, Points, StatusCount } from '../../../core';
import { esc, percent } from './format';

export const STATUS_ORDER = ['complete', 'substantial', 'limited', 'not-started', 'withdrawn', 'unreported'] as const;

// Fills reach 3:1 against white, as graphics must; the unreported share is drawn outlined.
const FILL: Record<(typeof STATUS_ORDER)[number], string> = {
  complete: '#2f7d4f',
  substantial: '#2b6cb0',
  limited: '#b7791f',
  'not-started': '#767676',
  withdrawn: '#3d3d3d',
  unreported: '#ffffff',
};

/** One bar split by status, widths in proportion to the counts. */
export function statusBar(counts: StatusCount): string {
  const total = STATUS_ORDER.reduce((s, k) => s + counts[k], 0);
  const width = 600;
  let x = 0;
  const rects: string[] = [];
  for (const k of STATUS_ORDER) {
    if (!counts[k] || total === 0) continue;
    const w = (counts[k] / total) * width;
    rects.push(
      `<rect x="${x.toFixed(2)}" y="1" width="${w.toFixed(2)}" height="30" fill="${FILL[k]}" stroke="#767676" stroke-width="1"/>`,
    );
    x += w;
  }
  return `<svg viewBox="0 0 ${width} 32" width="${width}" height="32" aria-hidden="true" focusable="false">${rects.join('')}</svg>`;
}

/** A swatch for the legend, as the chart draws the status. */
export function swatch(k: (typeof STATUS_ORDER)[number]): string {
  return `<svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="13" height="13" fill="${FILL[k]}" stroke="#767676"/></svg>`;
}

/** The plan's points at the end of each period, as columns of 0 to 100 %. */
export function seriesChart(series: readonly ({ period: string } & Points)[], lang: Lang): string {
  const h = 160;
  const top = 20;
  const bottom = 24;
  const col = 56;
  const width = Math.max(320, series.length * col + 40);
  const bars = series
    .map((s, k) => {
      const p = percent(s.earned, s.max);
      const bh = ((h - top - bottom) * p) / 100;
      const x = 40 + k * col;
      const y = h - bottom - bh;
      return `<rect x="${x}" y="${y.toFixed(1)}" width="${col - 16}" height="${bh.toFixed(1)}" fill="#2b6cb0"/><text x="${x + (col - 16) / 2}" y="${(y - 4).toFixed(1)}" text-anchor="middle" font-size="12" fill="#1b1b1b">${p}${lang === 'fr' ? ' %' : '%'}</text><text x="${x + (col - 16) / 2}" y="${h - 6}" text-anchor="middle" font-size="11" fill="#1b1b1b">${esc(monthYear(s.period))}</text>`;
    })
    .join('');
  const axis = `<line x1="34" y1="${h - bottom}" x2="${width - 4}" y2="${h - bottom}" stroke="#4d4d4d"/><text x="30" y="${top + 4}" text-anchor="end" font-size="11" fill="#1b1b1b">100</text><text x="30" y="${h - bottom}" text-anchor="end" font-size="11" fill="#1b1b1b">0</text>`;
  return `<svg viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" aria-hidden="true" focusable="false">${axis}${bars}</svg>`;
}

/** "03/2024" under a column: the full month is in the table beside. */
function monthYear(p: string): string {
  const [y, m] = p.split('-');
  return `${m}/${y}`;
}

/** A commitment's points as a small bar (hidden from screen readers: the number is written beside it). */
export function pointsBar(p: Points): string {
  const w = 80;
  const filled = p.max > 0 ? (p.earned / p.max) * w : 0;
  return `<svg viewBox="0 0 ${w} 10" width="${w}" height="10" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="${w - 1}" height="9" fill="#fff" stroke="#767676"/><rect x="0.5" y="0.5" width="${Math.max(0, filled - 1).toFixed(1)}" height="9" fill="#2f7d4f"/></svg>`;
}
