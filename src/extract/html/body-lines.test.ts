import { describe, expect, it } from 'vitest';
import {
  findDateInside,
  isDatedByline,
  isFurnitureLine,
  isSeeMoreLine,
  readBylineLine,
  startsWithCreditLabel,
} from './body-lines.js';

describe('isFurnitureLine', () => {
  it('recognises reading times, bylines, ad labels and share prompts', () => {
    for (const line of [
      '4 Min Read',
      'Lecture : 3 min',
      'By Jill Serjeant',
      'Par Jean Dupont et Marie Martin',
      'By Jane Doe, John Smith and Ann Lee',
      'Advertisement',
      'Publicité',
      'Share on Facebook',
    ]) {
      expect(isFurnitureLine(line), line).toBe(true);
    }
  });

  it('keeps sentences', () => {
    for (const line of [
      'By Monday, the talks had resumed in Hanoi.',
      'Advertisement spending rose by 4% last year.',
      'The minister said the visit would last four days.',
    ]) {
      expect(isFurnitureLine(line), line).toBe(false);
    }
  });
});

describe('see-more and credit lines', () => {
  it('matches whole "see more" lines only', () => {
    expect(isSeeMoreLine('Lire aussi :')).toBe(true);
    expect(isSeeMoreLine('Related Coverage')).toBe(true);
    expect(isSeeMoreLine('Lire aussi le rapport du ministère sur le commerce')).toBe(false);
  });

  it('matches a leading credit label', () => {
    expect(startsWithCreditLabel('Crédits photos : Bestimage')).toBe(true);
    expect(startsWithCreditLabel('Photo: VNA')).toBe(true);
    expect(startsWithCreditLabel('Photographers gathered in Hanoi.')).toBe(false);
  });
});

describe('readBylineLine', () => {
  it('reads the date of byline lines, with or without a time', () => {
    expect(readBylineLine('Publié le 12/05/2021 à 10h30')).toEqual({ date: '2021-05-12' });
    expect(readBylineLine('Mis à jour le 3 juin 2019')).toEqual({ date: '2019-06-03' });
    expect(readBylineLine('Updated May 3, 2020')).toEqual({ date: '2020-05-03' });
  });

  it('ignores prose', () => {
    expect(readBylineLine('The report was published on Monday by the ministry.')).toBeNull();
  });
});

describe('dated bylines', () => {
  it('recognises a date with a time or a name, and finds dates inside lines', () => {
    expect(isDatedByline('Nov. 20, 2019 6:02 AM EST')).toBe(true);
    expect(isDatedByline('November 20, 2019 Emiliano Bellini')).toBe(true);
    expect(isDatedByline('segunda-feira, 22 de janeiro de 2018 às 0:13')).toBe(true);
    expect(findDateInside(', le 15 septembre 2009')).toBe('2009-09-15');
    expect(findDateInside('jeudi 13 juin 2019')).toBe('2019-06-13');
  });

  it('keeps sentences that mention a date', () => {
    expect(isDatedByline('The agreement was signed on May 3, 2020 in Hanoi.')).toBe(false);
    expect(
      isDatedByline(
        'Les deux pays ont signé le 12 mai 2021 un accord de coopération dans la santé publique.',
      ),
    ).toBe(false);
    expect(isDatedByline('— The Nigerian Senate (@NGRSenate) October 9, 2018')).toBe(false);
    expect(findDateInside('no date here')).toBeNull();
  });
});
