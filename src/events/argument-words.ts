/** Function words of one language the argument analysis needs (folded). */
export interface ArgumentWords {
  /** Prepositions of a passive's agent ("par", "by"). */
  passiveAgent: ReadonlySet<string>;
  /** Prepositions of a noun's author ("de", "of"). */
  agentPrepositions: ReadonlySet<string>;
  /** Verbs whose object, not their subject, performs their embedded act ("demander à X de …"). */
  objectControl: ReadonlySet<string>;
  /** Light verbs whose subject performs the act of their noun object ("held talks", "a effectué une visite"). */
  supportVerbs: ReadonlySet<string>;
  /** Relative pronouns ("qui", "who"): a clause's subject that stands for the noun before it. */
  relativePronouns: ReadonlySet<string>;
  /** Verbs whose subject undergoes or escapes their object's act ("faced sanctions", "a contourné l'embargo"). */
  undergoVerbs: ReadonlySet<string>;
  /** Verbs whose subject receives their object's act from their "from/de" phrase ("received aid from X"). */
  receiveVerbs: ReadonlySet<string>;
  /**
   * Verbs of feeling whose passive subject feels and whose "par/by" phrase is the cause ("le Vietnam
   * est préoccupé par le tir", "is alarmed by"): read active, the one who feels acts.
   */
  experiencerVerbs: ReadonlySet<string>;
  /** Verbs that only report what they take ("said the ban…", "a noté la visite"), unlike "announced aid". */
  reportVerbs: ReadonlySet<string>;
  /** Definite and demonstrative determiners ("le", "ce", "the", "this"). */
  definiteDeterminers: ReadonlySet<string>;
  /** Verbs of saying ("dire", "déclarer", "say"). */
  speechVerbs: ReadonlySet<string>;
  /** Possessive determiners and pronouns ("son", "its"): on an event noun they name its author. */
  possessives: ReadonlySet<string>;
  /** Possessives of persons only ("his", "her"): they stand for the clause's subject when it is a person. */
  personalPossessives: ReadonlySet<string>;
  /** Marks of a purpose clause ("pour", "afin de", "to"): its subject is the clause it serves's. */
  purposeMarks: ReadonlySet<string>;
  /** Lemmas of the tense auxiliaries ("avoir", "have"). */
  tenseAuxiliaries: ReadonlySet<string>;
  /** Prepositions of a noun cue that tell what the noun it hangs on is engaged in ("X, en visite au Vietnam"). */
  engagedPrepositions: ReadonlySet<string>;
}
