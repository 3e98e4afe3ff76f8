/** Forms of a regular French verb of the first (-er) or second (-ir) group, enough to match cues. */
export function regularFrenchForms(lemma: string): string[] {
  const verb = lemma.replace(/^(s'|se-)/u, '');
  if (verb.endsWith('ir')) return secondGroupForms(verb.slice(0, -2), verb);
  if (!verb.endsWith('er')) return [verb];
  const stem = verb.slice(0, -2);
  const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
  const forms = [
    verb,
    `${stem}é`,
    `${stem}ée`,
    `${stem}és`,
    `${stem}ées`,
    `${soft}ant`,
    `${soft}a`,
    `${soft}ait`,
  ];
  forms.push(`${soft}aient`, `${stem}èrent`, `${soft}ons`, `${stem}ez`, `${stem}era`, `${stem}eront`);
  forms.push(`${stem}erait`, `${stem}eraient`, `${stem}erons`);
  for (const present of presentStems(stem)) forms.push(`${present}e`, `${present}es`, `${present}ent`);
  return [...new Set(forms)];
}

function secondGroupForms(stem: string, verb: string): string[] {
  const endings = [
    'i',
    'ie',
    'is',
    'ies',
    'it',
    'issent',
    'issant',
    'issait',
    'issaient',
    'ira',
    'iront',
    'irait',
  ];
  return [verb, ...endings.map((ending) => `${stem}${ending}`), `${stem}iraient`, `${stem}irent`];
}

/** Present-tense stems: "lève", "cède", "appelle", "rejette", "déploie" besides the regular one. */
function presentStems(stem: string): string[] {
  const stems = [stem];
  const grave = stem.replace(/[eé]([^aeiouyéè]+)$/u, 'è$1');
  if (grave !== stem) stems.push(grave);
  if (/[lt]$/u.test(stem)) stems.push(`${stem}${stem.slice(-1)}`);
  if (stem.endsWith('y')) stems.push(`${stem.slice(0, -1)}i`);
  return stems;
}
