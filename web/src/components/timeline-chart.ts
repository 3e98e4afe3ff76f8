import { html } from '../html.js';
import { nameOf, t } from '../i18n.js';

export interface MonthCounts {
  month: string;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
}

const QUAD_KEYS = ['quad1', 'quad2', 'quad3', 'quad4'] as const;
const EMPTY = { quad1: 0, quad2: 0, quad3: 0, quad4: 0 };

/** Every month from the first to the last, empty ones included, so the axis is continuous. */
export function continuousMonths(months: MonthCounts[]): MonthCounts[] {
  const dated = months
    .filter((m) => /^\d{4}-\d{2}$/.test(m.month))
    .sort((a, b) => (a.month < b.month ? -1 : 1));
  if (dated.length === 0) return [];
  const byMonth = new Map(dated.map((m) => [m.month, m]));
  const [firstYear, firstMonth] = dated[0]!.month.split('-').map(Number) as [number, number];
  const last = dated.at(-1)!.month;
  const all: MonthCounts[] = [];
  for (let index = firstYear * 12 + firstMonth - 1; ; index++) {
    const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    all.push(byMonth.get(month) ?? { month, ...EMPTY });
    if (month >= last) return all;
  }
}

/**
 * Stacked bars of events per month coloured by quad class, drawn as plain SVG: a few dozen
 * bars need no charting library, and SVG stays readable by screen readers and tests.
 */
export function TimelineChart({ months: counted }: { months: MonthCounts[] }) {
  const months = continuousMonths(counted);
  const labelEvery = Math.max(1, Math.ceil(months.length / 12));
  const width = 720;
  const height = 220;
  const pad = { left: 32, right: 28, top: 10, bottom: 40 };
  const max = Math.max(1, ...months.map((m) => m.quad1 + m.quad2 + m.quad3 + m.quad4));
  const slot = months.length ? (width - pad.left - pad.right) / months.length : 0;
  const barWidth = Math.max(4, Math.min(40, slot * 0.7));
  const scale = (height - pad.top - pad.bottom) / max;
  const total = months.reduce((sum, m) => sum + m.quad1 + m.quad2 + m.quad3 + m.quad4, 0);
  return html`<figure class="timeline">
    <svg
      role="img"
      aria-label=${`${t('timeline')}: ${total}`}
      viewBox=${`0 0 ${width} ${height}`}
      width="100%"
      data-events=${total}
    >
      <line
        x1=${pad.left}
        y1=${height - pad.bottom}
        x2=${width - pad.right}
        y2=${height - pad.bottom}
        class="axis"
      />
      <text x="4" y=${pad.top + 8} class="tick">${max}</text>
      ${months.map((m, i) => {
        let y = height - pad.bottom;
        const x = pad.left + i * slot + (slot - barWidth) / 2;
        return html`<g class="month" data-month=${m.month}>
          ${QUAD_KEYS.map((key, q) => {
            const h = m[key] * scale;
            y -= h;
            return m[key] > 0
              ? html`<rect
                  class=${`bar q${q + 1}`}
                  x=${x}
                  y=${y}
                  width=${barWidth}
                  height=${h}
                  data-count=${m[key]}
                  ><title>${m.month}: ${m[key]} × ${nameOf('quad', q + 1)}</title></rect
                >`
              : null;
          })}
          ${
            i % labelEvery === 0
              ? html`<text
                  class="tick"
                  x=${x + barWidth / 2}
                  y=${height - pad.bottom + 14}
                  text-anchor="middle"
                  >${m.month}</text
                >`
              : null
          }
        </g>`;
      })}
    </svg>
    <figcaption>
      ${t('timeline')} —
      ${QUAD_KEYS.map((_key, q) => html`<span class=${`legend q${q + 1}`}>${q + 1} · ${nameOf('quad', q + 1)}</span> `)}
    </figcaption>
  </figure>`;
}
