import { NEWS_AGENCIES as agencies } from './news-agencies.js';
import { alternation } from './page-markers.js';

// "… -VNA", "… – VNA/VI", "… (AFP)", "… —Reuters", or "– VNA" alone on its own line.
const SIGNOFF = new RegExp(
  String.raw`\s*(?:[-–—]\s*(${alternation(agencies)})(?:/[\p{Lu}]{1,4})?|\((${alternation(agencies)})\))\s*$`,
  'u',
);

/**
 * Take the agency sign-off off the end of an article body: from the last paragraph ("… -VNA",
 * "… (AFP)"), or the whole last paragraph when it is only the sign-off ("– VNA").
 */
export function splitBodySignoff(body: string[]): { body: string[]; signoff: string | null } {
  const last = body[body.length - 1];
  if (last === undefined) return { body, signoff: null };
  const match = SIGNOFF.exec(last);
  if (!match) return { body, signoff: null };
  const signoff = (match[1] ?? match[2])!;
  const rest = last.slice(0, match.index).trimEnd();
  return { body: rest ? [...body.slice(0, -1), rest] : body.slice(0, -1), signoff };
}
