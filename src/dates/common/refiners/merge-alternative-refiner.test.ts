import { describe, expect, it } from 'vitest';
import { datesOf, valuesOf } from '../../test-support/dates-of.js';

describe('fr.date.one-of / en.date.one-of', () => {
  it('joins two dates of one grain linked by "ou" / "or" into a one-of set', () => {
    expect(datesOf('un premier lot de vaccins en juillet ou en août.')).toEqual([
      'en juillet ou en août → [XXXX-07,XXXX-08] (month, none, fr.date.one-of)',
    ]);
    expect(valuesOf('in July or August', { language: 'en', published: '2021-06-02' })).toEqual([
      'July or August → [2021-07,2021-08]',
    ]);
  });

  it('keeps dates apart when joined by other words or of different grains', () => {
    expect(valuesOf('en juillet et en août')).toEqual(['en juillet → XXXX-07', 'en août → XXXX-08']);
    expect(valuesOf('le 3 mars ou en août')).toEqual(['3 mars → XXXX-03-03', 'en août → XXXX-08']);
  });
});
