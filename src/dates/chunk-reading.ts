import {
  ParsingComponents,
  ParsingContext,
  ParsingResult,
  type Chrono,
  type ParsedResult,
  type ParsingOption,
  type ParsingReference,
} from 'chrono-node';

type ChronoParser = Chrono['parsers'][number];

/** A pattern's match kept with its index into the whole text (what chrono's loop sets it to). */
type KeptMatch = RegExpExecArray | null;

/**
 * One text read by a chrono instance against several references, each reading the same as
 * `chrono.parse(text, reference, option)`. chrono's cost is its parsers' patterns, tried at every
 * position of the text (`Chrono.executeParser`); a pattern's match at a position depends on the
 * text alone, never on the reference (patterns read `option.forwardDate` only, and are built once:
 * `tag-chrono-parsers.ts`), so each match is kept by parser and position and a second reading
 * runs only the parsers' `extract` (which does read the reference) and the refiners. A reading
 * whose extract answers differ goes on from other positions, where patterns run again as chrono
 * would run them. `find-dates.ts` reads each chunk that holds a date against the reference and a
 * probe: the probe's reading no longer runs the patterns.
 */
export class ChunkReading {
  /** Per parser: the pattern object the kept matches came from, and its matches by position. */
  private readonly kept: Array<{ pattern: RegExp; matches: Map<number, KeptMatch> } | undefined> = [];

  constructor(
    private readonly chrono: Chrono,
    readonly text: string,
    private readonly option: ParsingOption,
  ) {}

  /** chrono's `parse` of the text against `reference` (its steps, with the patterns' matches kept). */
  parse(reference: ParsingReference | Date): ParsedResult[] {
    const context = new ParsingContext(this.text, reference, this.option);
    let results: ParsingResult[] = [];
    this.chrono.parsers.forEach((parser, index) => {
      results = results.concat(this.executeParser(context, parser, index));
    });
    results.sort((a, b) => a.index - b.index);
    for (const refiner of this.chrono.refiners) results = refiner.refine(context, results);
    return results;
  }

  /** The match of the parser's pattern in the text from `from` on, as chrono's loop sees it. */
  private matchFrom(index: number, pattern: RegExp, from: number): RegExpExecArray | null {
    let kept = this.kept[index];
    if (!kept || kept.pattern !== pattern) {
      kept = { pattern, matches: new Map() };
      this.kept[index] = kept;
    }
    let match = kept.matches.get(from);
    if (match === undefined) {
      match = pattern.exec(from === 0 ? this.text : this.text.substring(from));
      if (match) match.index += from;
      kept.matches.set(from, match);
    }
    return match && copyOf(match);
  }

  /** `Chrono.executeParser` (chrono 2.10), its pattern runs through matchFrom. */
  private executeParser(context: ParsingContext, parser: ChronoParser, index: number): ParsingResult[] {
    const results: ParsingResult[] = [];
    const pattern = parser.pattern(context);
    let match = this.matchFrom(index, pattern, 0);
    while (match) {
      const result = parser.extract(context, match);
      if (!result) {
        match = this.matchFrom(index, pattern, match.index + 1);
        continue;
      }
      let parsed: ParsingResult;
      if (result instanceof ParsingResult) parsed = result;
      else if (result instanceof ParsingComponents) {
        parsed = context.createParsingResult(match.index, match[0]);
        parsed.start = result;
      } else parsed = context.createParsingResult(match.index, match[0], result);
      results.push(parsed);
      match = this.matchFrom(index, pattern, parsed.index + parsed.text.length);
    }
    return results;
  }
}

/** A fresh copy of a kept match, so that no parser's reading can change what the next one gets. */
function copyOf(match: RegExpExecArray): RegExpExecArray {
  const copy = match.slice() as unknown as RegExpExecArray;
  copy.index = match.index;
  copy.input = match.input;
  if (match.groups) copy.groups = match.groups;
  if (match.indices) copy.indices = match.indices;
  return copy;
}
