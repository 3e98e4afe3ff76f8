import { describe, expect, it } from 'vitest';
import { pipelineEvents } from './test-support/pipeline-events.js';

describe('senses the frames select (whole pipeline)', () => {
  it('gives no party the deaths and damage of an earthquake, a flood or an epidemic', () => {
    expect(pipelineEvents('A strong earthquake killed 40 people in Nepal.', 'en')).toEqual([]);
    expect(pipelineEvents('The floods have killed twelve people in Laos.', 'en')).toEqual([]);
    expect(pipelineEvents('Le séisme a tué 40 personnes au Népal, selon les autorités.', 'fr')).toEqual([]);
    expect(
      pipelineEvents(
        'Storms and landslides have killed 30 people in northern Vietnam, officials said.',
        'en',
      ),
    ).toEqual([]);
  });

  it('reads "strike" with an object as a blow, not a walkout', () => {
    expect(
      pipelineEvents(
        'The storm, the worst to strike the coast of Vietnam in decades, has killed 40 people.',
        'en',
      ),
    ).toEqual([]);
    expect(pipelineEvents('Port workers strike in Belgium over pension reform.', 'en')).toEqual([
      'PROTEST BEL>BEL',
    ]);
  });

  it('still reads a state or a force that kills as an attacker', () => {
    expect(pipelineEvents('Israeli forces killed 12 people in Gaza on Monday.', 'en')).toContain(
      'ASSAULT ISR>PSE',
    );
  });

  it('reads a published map or statement as no release of captives', () => {
    expect(pipelineEvents('China released a new map of the South China Sea on Monday.', 'en')).toEqual([]);
    expect(pipelineEvents('Malaysia released 30 Vietnamese fishermen on Monday.', 'en')).toEqual([
      'CONCEDE MYS>VNM',
    ]);
  });
});

describe('meeting an official named by a title the counterparts list holds (whole pipeline)', () => {
  it('is a meeting: "a rencontré le conseiller d’Etat chinois X", "met State Councillor X"', () => {
    expect(
      pipelineEvents(
        'Le ministre laotien Bounmy Vong a rencontré le 4 août le conseiller d’Etat chinois Li Ming.',
        'fr',
      ),
    ).toEqual(['CONSULT LAO>CHN']);
  });
});

describe('a frame word whose plural the lemmatiser does not know (whole pipeline)', () => {
  it('still belongs to its class: "des ressortissants … ont été arrêtés" are people arrested', () => {
    expect(
      pipelineEvents(
        'Douze ressortissants thaïlandais ont été arrêtés le 9 mai par la police cambodgienne.',
        'fr',
      ),
    ).toEqual(['COERCE KHM>THA']);
  });
});

describe('arresting a boat’s captain (whole pipeline)', () => {
  it('is an arrest of people: captains and skippers belong to the people class', () => {
    expect(pipelineEvents('Malaysian police on Monday detained two Thai captains.', 'en')).toEqual([
      'COERCE MYS>THA',
    ]);
    expect(pipelineEvents('La police malaisienne a arrêté deux capitaines thaïlandais.', 'fr')).toEqual([
      'COERCE MYS>THA',
    ]);
  });
});

describe('senses of English promises, threats and warnings (frames, whole pipeline)', () => {
  it('reads "will continue" as a promise only of help it names, not of a demand or a journey', () => {
    expect(
      pipelineEvents('Germany said it would continue to help Ukraine rebuild its power grid.', 'en'),
    ).toEqual(['AGREE DEU>UKR']);
    expect(pipelineEvents('The Chilean frigate will continue to Peru after a stop in Lima.', 'en')).toEqual(
      [],
    );
    expect(
      pipelineEvents(
        'Germany said it would continue to press Hungary for the extradition of the suspect.',
        'en',
      ).some((event) => event.startsWith('AGREE')),
    ).toBe(false);
  });

  it('reads a reduction announced for waste or emissions as no threat, one of ties as a threat', () => {
    expect(pipelineEvents('Chile said it would cut greenhouse gas emissions by half by 2035.', 'en')).toEqual(
      [],
    );
    expect(pipelineEvents('Chile warned that it would cut diplomatic ties with Peru.', 'en')).toEqual([
      'THREATEN CHL>PER',
    ]);
  });

  it('reads a warning to the public as advice, not a threat', () => {
    expect(
      pipelineEvents(
        'The Spanish Foreign Ministry warned Spanish citizens not to travel to northern Mali.',
        'en',
      ),
    ).toEqual([]);
  });

  it('gives no party a boat sunk by a storm, while a navy that sinks boats attacks', () => {
    expect(
      pipelineEvents(
        'Philippine officials said eleven fishermen whose boat had sunk in a storm were rescued.',
        'en',
      ).some((event) => event.startsWith('ASSAULT')),
    ).toBe(false);
    expect(
      pipelineEvents('The Indonesian navy on Monday sank three Vietnamese fishing boats.', 'en'),
    ).toEqual(['ASSAULT IDN>VNM']);
  });

  it('reads a conference co-hosted by two states as no meeting between them', () => {
    expect(pipelineEvents('The summit, co-hosted by Kenya and Ethiopia, ended on Friday.', 'en')).toEqual([]);
  });
});

describe('a request to the actor’s own administration, citizens or firms (whole pipeline)', () => {
  it('is no request between parties: "a demandé aux localités", "a appelé les ministères et les provinces"', () => {
    const dyad = 'Le Laos et la Thaïlande ont signé un accord sur le commerce frontalier.\n\n';
    expect(
      pipelineEvents(
        `${dyad}Le ministère laotien des Transports a demandé aux autorités provinciales d'accélérer les travaux.`,
        'fr',
      ),
    ).toEqual(['AGREE LAO,THA>LAO,THA']);
    expect(
      pipelineEvents(
        `${dyad}Le Premier ministre laotien a appelé les ministères et les communes à réduire les dépenses.`,
        'fr',
      ),
    ).toEqual(['AGREE LAO,THA>LAO,THA']);
  });

  it('still reads a request to a group its phrase gives a state: "les entreprises thaïlandaises"', () => {
    expect(
      pipelineEvents('Le Laos a appelé les entreprises thaïlandaises à investir dans l’agriculture.', 'fr'),
    ).toEqual(['REQUEST LAO>THA']);
  });
});

describe('an assurance with a clause in the future or the conditional (whole pipeline)', () => {
  const dyad = 'Le Vietnam et le Ghana ont signé un accord commercial.\n\n';
  it('is a pledge: "a assuré que les droits seraient respectés", "… seront renvoyés"', () => {
    expect(
      pipelineEvents(
        `${dyad}Le ministre ghanéen a assuré que les droits des travailleurs vietnamiens seraient respectés.`,
        'fr',
      ),
    ).toEqual(['AGREE VNM,GHA>VNM,GHA', 'AGREE GHA>VNM']);
    expect(
      pipelineEvents(`${dyad}Le Ghana a assuré que les marins seront renvoyés rapidement.`, 'fr'),
    ).toEqual(['AGREE VNM,GHA>VNM,GHA', 'AGREE GHA>VNM']);
  });

  it('states a fact in the present or the imperfect, and "assurer la sécurité" ensures', () => {
    expect(
      pipelineEvents(`${dyad}Le Ghana a assuré que la situation était calme dans le pays.`, 'fr'),
    ).toEqual(['AGREE VNM,GHA>VNM,GHA']);
    expect(pipelineEvents(`${dyad}La police ghanéenne assure la sécurité du sommet.`, 'fr')).toEqual([
      'AGREE VNM,GHA>VNM,GHA',
    ]);
  });
});
