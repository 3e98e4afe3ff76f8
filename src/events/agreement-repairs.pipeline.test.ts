import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('a subjectless conjunct that cannot agree with the subject of the clause it hangs on (whole pipeline)', () => {
  it('belongs to the clause above whose subject it agrees with', () => {
    const found = pipelineEvents(
      'Pékin, 5 mars (VNA) – La porte-parole du ministère chinois des Affaires étrangères a déclaré que les manœuvres japonaises menacent la paix régionale et a exhorté le Japon à faire preuve de retenue.',
      'fr',
    );
    expect(found).toContain('REQUEST CHN>JPN');
    expect(found).not.toContain('REQUEST JPN>CHN');
  });

  it('stays in the reported clause when it agrees with that clause’s subject', () => {
    const found = pipelineEvents(
      'Rabat, 5 mars (VNA) – Le ministre a annoncé que le Maroc et l’Espagne renforceront leurs échanges et signeront un accord de pêche.',
      'fr',
    );
    expect(
      found.some((event) => event.startsWith('AGREE') && event.includes('MAR') && event.includes('ESP')),
    ).toBe(true);
  });
});

describe('a participle hung on a noun or verb it cannot agree with (whole pipeline)', () => {
  it('modifies the noun it agrees with: the accused are the expelled diplomats, not accusers', () => {
    for (const text of [
      "Prague, 3 mai (VNA) – Le gouvernement tchèque a annoncé le 3 mai l'expulsion de deux diplomates russes, accusés d'avoir mené des activités d'espionnage.",
      "Prague, 3 mai (VNA) – La République tchèque a décidé l'expulsion de deux diplomates russes, accusés d'espionnage, a rapporté l'agence CTK.",
    ]) {
      const found = pipelineEvents(text, 'fr');
      expect(found).toContain('SANCTION CZE>RUS');
      expect(found).not.toContain('ACCUSE RUS>CZE');
    }
  });
});
