import { createFrenchChrono } from './src/dates/fr/chrono.ts';
const c = createFrenchChrono();
for (const s of ["mis en place depuis 1998. L'école", "Depuis 1999, le régiment", "à la présidentielle de 2002, sont", "a eu lieu en 1975.", "de 18 h à 23 h"]) {
  console.log(s, c.parse(s, {instant: new Date(Date.UTC(1999,6,18,12)), timezone: 0}).map(r => [r.text, r.start.get('year'), r.start.get('day'), r.end?.get('day'), [...r.tags()]]));
}
