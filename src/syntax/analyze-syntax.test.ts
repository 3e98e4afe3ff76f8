import { describe, expect, it } from 'vitest';
import { analyzeSyntax } from './analyze-syntax.js';
import type { SyntaxLanguage, SyntaxSentence, SyntaxWord } from './types.js';

/** Sentences written for these tests: one construction each. */
function parse(text: string, language: SyntaxLanguage = 'fr'): SyntaxSentence {
  const analysis = analyzeSyntax(text, language);
  expect(analysis.sentences).toHaveLength(1);
  return analysis.sentences[0]!;
}

function word(sentence: SyntaxSentence, form: string): SyntaxWord {
  const found = sentence.words.find((candidate) => candidate.form === form);
  if (!found) throw new Error(`no word "${form}" in ${sentence.words.map((w) => w.form).join(' ')}`);
  return found;
}

/** "form ←relation— head form" of a word, to compare arcs readably. */
function arc(sentence: SyntaxSentence, form: string): string {
  const dependent = word(sentence, form);
  const head = dependent.head === 0 ? 'ROOT' : sentence.words[dependent.head - 1]!.form;
  return `${form} ${dependent.deprel} ${head}`;
}

describe('French syntax', () => {
  it('reads a passive with its agent', () => {
    const s = parse('Le projet de loi a été adopté par le Parlement.');
    expect(arc(s, 'projet')).toBe('projet nsubj:pass adopté');
    expect(arc(s, 'été')).toBe('été aux:pass adopté');
    expect(arc(s, 'Parlement')).toBe('Parlement obl:agent adopté');
    expect(word(s, 'adopté').feats.VerbForm).toBe('Part');
    expect(word(s, 'adopté').lemma).toBe('adopter');
  });

  it('coordinates subjects and verbs', () => {
    const subjects = parse('Marie Dubois et Paul Martin se sont entretenus mardi.');
    expect(arc(subjects, 'Marie')).toBe('Marie nsubj entretenus');
    expect(arc(subjects, 'Paul')).toBe('Paul conj Marie');
    expect(arc(subjects, 'Dubois')).toBe('Dubois flat:name Marie');
    const verbs = parse('Les deux pays ont signé et ratifié le traité.');
    expect(arc(verbs, 'ratifié')).toBe('ratifié conj signé');
    expect(arc(verbs, 'pays')).toBe('pays nsubj signé');
  });

  it('attaches an apposition and reported speech', () => {
    const s = parse(
      'Le porte-parole du ministère, Jean Dupont, a déclaré que la France soutiendra le projet.',
    );
    expect(arc(s, 'Jean')).toBe('Jean appos porte-parole');
    expect(arc(s, 'porte-parole')).toBe('porte-parole nsubj déclaré');
    expect(arc(s, 'soutiendra')).toBe('soutiendra ccomp déclaré');
    expect(arc(s, 'France')).toBe('France nsubj soutiendra');
    expect(word(s, 'soutiendra').feats.Tense).toBe('Fut');
  });

  it('splits elisions and contractions the UD way, with offsets into the text', () => {
    const text = "L'ambassadeur s'est rendu au ministère des Affaires étrangères.";
    const s = parse(text);
    expect(s.words.map((w) => w.form)).toEqual([
      "L'",
      'ambassadeur',
      "s'",
      'est',
      'rendu',
      'à',
      'le',
      'ministère',
      'de',
      'les',
      'Affaires',
      'étrangères',
      '.',
    ]);
    const au = s.words.filter((w) => w.form === 'à' || w.form === 'le');
    for (const part of au) expect(text.slice(part.start, part.end)).toBe('au');
    expect(word(s, 'le').lemma).toBe('le');
    expect(arc(s, 'ambassadeur')).toBe('ambassadeur nsubj rendu');
    expect(text.slice(word(s, 'ambassadeur').start, word(s, 'ambassadeur').end)).toBe('ambassadeur');
  });

  it('reads a control verb and a relative clause', () => {
    const control = parse('Le Vietnam a demandé à la France de soutenir sa candidature.');
    expect(arc(control, 'Vietnam')).toBe('Vietnam nsubj demandé');
    expect(arc(control, 'France')).toMatch(/^France (obl:arg|iobj) demandé$/);
    expect(arc(control, 'soutenir')).toBe('soutenir xcomp demandé');
    const relative = parse('Le diplomate qui a signé l’accord est arrivé hier.');
    expect(arc(relative, 'signé')).toBe('signé acl:relcl diplomate');
    expect(arc(relative, 'qui')).toBe('qui nsubj signé');
  });

  it('keeps a source apart from the clause it reports', () => {
    const s = parse('Selon la porte-parole, les garde-côtes ont saisi trois navires.');
    expect(arc(s, 'garde-côtes')).toBe('garde-côtes nsubj saisi');
    expect(arc(s, 'navires')).toBe('navires obj saisi');
    expect(word(s, 'porte-parole').deprel).toMatch(/^obl/);
  });
});

describe('English syntax', () => {
  it('reads a passive with its agent and a control verb', () => {
    const passive = parse('The agreement was signed by the two ministers.', 'en');
    expect(arc(passive, 'agreement')).toBe('agreement nsubj:pass signed');
    expect(arc(passive, 'ministers')).toBe('ministers obl:agent signed');
    const control = parse('The government asked Japan to support the proposal.', 'en');
    expect(arc(control, 'Japan')).toBe('Japan obj asked');
    expect(arc(control, 'support')).toBe('support xcomp asked');
  });

  it('splits clitics into words that keep their own spans', () => {
    const text = "The minister's visit didn't happen.";
    const s = parse(text, 'en');
    expect(s.words.map((w) => w.form)).toEqual([
      'The',
      'minister',
      "'s",
      'visit',
      'did',
      "n't",
      'happen',
      '.',
    ]);
    expect(text.slice(word(s, "'s").start, word(s, "'s").end)).toBe("'s");
    expect(word(s, "n't").lemma).toBe('not');
    expect(arc(s, 'minister')).toBe('minister nmod:poss visit');
  });

  it('coordinates subjects and verbs', () => {
    const subjects = parse('Marie Dubois and Paul Martin met the delegation on Monday.', 'en');
    expect(arc(subjects, 'Marie')).toBe('Marie nsubj met');
    expect(arc(subjects, 'Paul')).toBe('Paul conj Marie');
    expect(arc(subjects, 'delegation')).toBe('delegation obj met');
    const verbs = parse('The ministers discussed trade and signed two agreements.', 'en');
    expect(arc(verbs, 'signed')).toBe('signed conj discussed');
    expect(arc(verbs, 'agreements')).toBe('agreements obj signed');
  });
});
