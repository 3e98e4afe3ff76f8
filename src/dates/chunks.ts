import type { Span } from '../records/article.js';

/** A piece of a record's text handed to chrono on its own, with its offset in the text. */
export interface TextChunk {
  start: number;
  text: string;
}

const SENTENCE_END = /[.!?;:»"](?=\s)|\n/g;

/**
 * Cut text into lines, and lines longer than `maxLength` into sentences, so that chrono (whose
 * matching restarts on substrings) only ever sees short inputs. A sentence still longer than
 * `maxLength` (a megabyte without punctuation) is returned in `skipped` rather than parsed.
 */
export function splitIntoChunks(text: string, maxLength: number): { chunks: TextChunk[]; skipped: Span[] } {
  const chunks: TextChunk[] = [];
  const skipped: Span[] = [];
  let pieceStart = 0;
  let chunkStart = 0;
  const flush = (end: number) => {
    if (end <= chunkStart) return;
    if (end - chunkStart <= maxLength) chunks.push({ start: chunkStart, text: text.slice(chunkStart, end) });
    else skipped.push({ start: chunkStart, end });
    chunkStart = end;
  };
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const pieceEnd = match.index + match[0].length;
    if (match[0] === '\n') {
      flush(pieceEnd);
    } else if (pieceEnd - chunkStart > maxLength) {
      if (pieceStart > chunkStart) flush(pieceStart);
      if (pieceEnd - chunkStart > maxLength) flush(pieceEnd);
    }
    pieceStart = pieceEnd;
  }
  if (text.length - chunkStart > maxLength) flush(pieceStart);
  flush(text.length);
  return { chunks: chunks.filter((chunk) => chunk.text.trim() !== ''), skipped };
}
