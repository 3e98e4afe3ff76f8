import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTsv } from './lexicon-tsv.js';
import { PLOVER_QUAD, cameoMapping } from './plover-mapping.js';

const rows = readTsv(readFileSync(new URL('../../data/plover/plover-cameo.tsv', import.meta.url), 'utf8'));

describe('PLOVER ↔ CAMEO mapping table (data/plover/plover-cameo.tsv)', () => {
  it('labels the accusation codes as the CAMEO codebook does', () => {
    expect(cameoMapping('1123')?.label).toBe('accuse of aggression');
    expect(cameoMapping('1125')?.label).toBe('accuse of espionage, treason');
    expect(cameoMapping('026')?.label).toBe('appeal to others to meet or negotiate');
    expect(cameoMapping('039')?.label).toBe('express intent to mediate');
  });

  it('gives each code the GDELT QuadClass of its root (01–05, 06–09, 10–14, 15–20)', () => {
    for (const row of rows) {
      const root = Number(row.cameo!.slice(0, 2));
      const quadClass = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
      expect(Number(row.quad_class), row.cameo).toBe(quadClass);
    }
  });

  it("gives each row its PLOVER type's quad and falls back to the parent code", () => {
    for (const row of rows) expect(Number(row.quad), row.cameo).toBe(PLOVER_QUAD[row.plover as 'AGREE']);
    expect(cameoMapping('0842')?.cameo).toBe('084');
    expect(cameoMapping('1621')?.cameo).toBe('162');
  });
});
