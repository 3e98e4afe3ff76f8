/** Why decoded text cannot be a page, or null when it could be one. */
export function implausibleTextReason(text: string, options: { expectSpaces: boolean }): string | null {
  const sample = text.slice(0, 8192);
  const length = [...sample].length;
  if (length < 32) return null;
  let nonsense = 0;
  let spaces = 0;
  for (const char of sample) {
    if (char === ' ' || char === '\n' || char === '\t' || char === '\r') spaces++;
    else if (NONSENSE.test(char)) nonsense++;
  }
  if (nonsense / length > MAX_NONSENSE_RATIO) {
    return `${Math.round((100 * nonsense) / length)}% of the decoded characters are unassigned, private-use, control or replacement characters`;
  }
  // Prose in alphabetic scripts has a space every few words; a long run without one is bytes.
  if (options.expectSpaces && length >= 64 && spaces / length < MIN_SPACE_RATIO) {
    return 'the decoded characters hold no spaces or line breaks, so they are not prose';
  }
  return null;
}

const NONSENSE = /[\p{Cn}\p{Co}\p{Cs}\uFFFD\p{Cc}]/u;
const MAX_NONSENSE_RATIO = 0.1;
const MIN_SPACE_RATIO = 0.01;
