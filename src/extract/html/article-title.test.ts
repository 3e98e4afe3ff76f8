import { describe, expect, it } from 'vitest';
import { stripSiteName } from './article-title.js';

describe('stripSiteName', () => {
  it('strips the site name given by og:site_name, as suffix or prefix', () => {
    expect(stripSiteName('Talks resume in Hanoi | Le Courrier du Vietnam', 'Le Courrier du Vietnam')).toBe(
      'Talks resume in Hanoi',
    );
    expect(stripSiteName('Example News - Talks resume in Hanoi', 'Example News')).toBe(
      'Talks resume in Hanoi',
    );
  });

  it('strips a short suffix after a separator when the site name is unknown', () => {
    expect(stripSiteName('Le Vietnam et la Russie renforcent leurs liens – VNA', null)).toBe(
      'Le Vietnam et la Russie renforcent leurs liens',
    );
  });

  it('keeps titles whose separator is part of the headline', () => {
    expect(stripSiteName('Vietnam - Russia', null)).toBe('Vietnam - Russia');
    expect(stripSiteName('No separator here', null)).toBe('No separator here');
  });
});
