/** Rows of a lexicon TSV as objects keyed by its header (lines starting with # are comments). */
export function readTsv(text: string): Array<Record<string, string>> {
  const lines = text.split(/\r?\n/u).filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? '').trim()]));
  });
}
