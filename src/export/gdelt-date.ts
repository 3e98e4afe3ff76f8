/** How export dates are written: EDTF as stored, or GDELT's `YYYYMMDD` with a year-known flag. */
export const DATE_FORMATS = ['edtf', 'yyyymmdd'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/**
 * An EDTF date as GDELT's `YYYYMMDD` (`2021-05-29` → `20210529`; a month or a year alone ends in
 * `00`), and whether its year was known: an event dated "29 May" without a year (`XXXX-05-29`)
 * takes the year of the article's publication day, flagged as not known. Null for no date.
 */
export function yyyymmdd(
  edtf: string | null,
  published: string | null,
): { date: string; yearKnown: boolean } | null {
  const match = edtf ? /^(\d{4}|XXXX)(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?/.exec(edtf) : null;
  if (!match) return null;
  const yearKnown = match[1] !== 'XXXX';
  const year = yearKnown ? match[1]! : (/^\d{4}/.exec(published ?? '')?.[0] ?? '0000');
  const part = (value: string | undefined) => (value && value !== 'XX' ? value : '00');
  return { date: `${year}${part(match[2])}${part(match[3])}`, yearKnown };
}
