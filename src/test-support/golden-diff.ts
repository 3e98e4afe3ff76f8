const MAX_VALUE_CHARS = 160;

function show(value: unknown): string {
  const json = JSON.stringify(value) ?? 'undefined';
  return json.length > MAX_VALUE_CHARS ? `${json.slice(0, MAX_VALUE_CHARS)}…` : json;
}

function parseLine(line: string | undefined): unknown {
  if (line === undefined) return undefined;
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return line;
  }
}

/** First path (`captions[0].credit`) where two JSON values differ, with both values; null when equal. */
export function firstDifference(
  expected: unknown,
  actual: unknown,
  path = '',
): { path: string; expected: unknown; actual: unknown } | null {
  if (Object.is(expected, actual)) return null;
  const bothObjects =
    typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null;
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) return { path, expected, actual };
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  // Key order matters for byte-identical output, so compare the key lists first.
  const eKeys = Object.keys(e);
  const aKeys = Object.keys(a);
  if (eKeys.join('\u0000') !== aKeys.join('\u0000') && !Array.isArray(expected)) {
    return { path: `${path}{keys}`, expected: eKeys, actual: aKeys };
  }
  const length = Math.max(eKeys.length, aKeys.length);
  const keys = Array.isArray(expected) ? Array.from({ length }, (_, i) => String(i)) : eKeys;
  for (const key of keys) {
    const childPath = Array.isArray(expected) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const diff = firstDifference(e[key], a[key], childPath);
    if (diff) return diff;
  }
  return null;
}

/**
 * A readable hint for two JSONL outputs that differ: the first differing line (record), the
 * first differing field in it and both values. Empty string when the outputs are identical.
 */
export function goldenDiffHint(expected: string, actual: string): string {
  if (expected === actual) return '';
  const eLines = expected.split('\n');
  const aLines = actual.split('\n');
  const line = eLines.findIndex((l, i) => l !== aLines[i]);
  const index = line >= 0 ? line : eLines.length;
  const e = parseLine(eLines[index]);
  const a = parseLine(aLines[index]);
  const diff = firstDifference(e, a);
  const where = diff?.path ? `field ${diff.path}` : 'the whole line';
  return [
    `line ${index + 1} (record ${index}) differs in ${where}:`,
    `  expected: ${show(diff ? diff.expected : e)}`,
    `  actual:   ${show(diff ? diff.actual : a)}`,
    `  (${eLines.length - 1} expected vs ${aLines.length - 1} actual records)`,
  ].join('\n');
}
