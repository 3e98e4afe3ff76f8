import { html } from '../html.js';
import { t } from '../i18n.js';

export interface MonthCounts {
  month: string;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
}

const QUAD_KEYS = ['quad1', 'quad2', 'quad3', 'quad4'] as const;
const QUAD_LABELS = ['1 verbal coop.', '2 material coop.', '3 verbal conflict', '4 material conflict'];

/**
 * Stacked bars of events per month coloured by quad class, drawn as plain SVG: a few dozen
 * bars need no charting library, and SVG stays readable by screen readers and tests.
 */
export function TimelineChart({ months }: { months: MonthCounts[] }) {
  const width = 720;
  const height = 220;
  const pad = { left: 32, right: 8, top: 10, bottom: 40 };
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
                  ><title>${m.month}: ${m[key]} × ${QUAD_LABELS[q]}</title></rect
                >`
              : null;
          })}
          <text class="tick" x=${x + barWidth / 2} y=${height - pad.bottom + 14} text-anchor="middle"
            >${m.month.slice(2)}</text
          >
        </g>`;
      })}
    </svg>
    <figcaption>
      ${t('timeline')} —
      ${QUAD_LABELS.map((label, q) => html`<span class=${`legend q${q + 1}`}>${label}</span> `)}
    </figcaption>
  </figure>`;
}
