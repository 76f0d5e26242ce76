import { escapeMarkup as escapeHtml } from "../escapeMarkup";

/** A horizontal bar chart as inline SVG: one bar per label, its count at the end. */
export function barChart(
  bars: ReadonlyArray<{ label: string; count: number }>,
  caption: string
): string {
  if (bars.length === 0) return "";
  const row = 26;
  const labelWidth = 130;
  const barWidth = 380;
  const max = Math.max(...bars.map((b) => b.count), 1);
  const height = bars.length * row + 8;
  const rows = bars.map((b, i) => {
    const y = i * row + 4;
    const width = Math.max(2, Math.round((b.count / max) * barWidth));
    return (
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(b.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${width}" height="${row - 8}" rx="3"/>` +
      `<text x="${labelWidth + width + 6}" y="${y + 16}">${b.count}</text>`
    );
  });
  return `<figure class="chart"><svg role="img" aria-label="${escapeHtml(caption)}" viewBox="0 0 ${labelWidth + barWidth + 50} ${height}" width="100%" style="max-width:${labelWidth + barWidth + 50}px">${rows.join("")}</svg><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}
