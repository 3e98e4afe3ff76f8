import { readFileSync } from 'node:fs';
import type { PloverType } from '../records/article.js';
import { readTsv } from './lexicon-tsv.js';

/** One row of data/plover/plover-cameo.tsv. */
export interface CameoMapping {
  cameo: string;
  plover: PloverType;
  mode: string | null;
  /** PLOVER quad of the type (OUTPUT.md): 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict. */
  quad: 1 | 2 | 3 | 4;
  /** CAMEO/GDELT QuadClass of the code, used by the cameo-tsv export. */
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  label: string;
}

const TABLE_URL = new URL('../../data/plover/plover-cameo.tsv', import.meta.url);

function toQuad(cell: string | undefined): 1 | 2 | 3 | 4 {
  const value = Number(cell);
  if (value === 1 || value === 2 || value === 3 || value === 4) return value;
  throw new Error(`bad quad "${cell}" in plover-cameo.tsv`);
}

function loadTable(): Map<string, CameoMapping> {
  const table = new Map<string, CameoMapping>();
  for (const row of readTsv(readFileSync(TABLE_URL, 'utf8'))) {
    const cameo = row.cameo ?? '';
    table.set(cameo, {
      cameo,
      plover: row.plover as PloverType,
      mode: row.mode || null,
      quad: toQuad(row.quad),
      quadClass: toQuad(row.quad_class),
      goldstein: Number(row.goldstein),
      label: row.label ?? '',
    });
  }
  return table;
}

let table: Map<string, CameoMapping> | null = null;

/** The mapping row of a CAMEO code, falling back to its parent code ("0841" → "084" → root "080"). */
export function cameoMapping(code: string): CameoMapping | null {
  table ??= loadTable();
  for (let length = code.length; length >= 3; length--) {
    const row = table.get(code.slice(0, length));
    if (row) return row;
  }
  return table.get(`${code.slice(0, 2)}0`) ?? null;
}

/** PLOVER quad of each type, as listed in OUTPUT.md. */
export const PLOVER_QUAD: Readonly<Record<PloverType, 1 | 2 | 3 | 4>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/** The sixteen PLOVER types, in OUTPUT.md order. */
export const PLOVER_TYPES = Object.keys(PLOVER_QUAD) as PloverType[];
