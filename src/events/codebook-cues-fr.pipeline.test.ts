import { describe, expect, it } from 'vitest';
import { analysed, pipelineEvents } from './test-support/pipeline-events.js';

// Rows added from the CAMEO and PLOVER codebooks (issue 12, "cues by lemma and frame"): each
// category's common agency verb or noun fires in its event sense, and not in its other common sense.
const events = (text: string): string[] => pipelineEvents(text, 'fr');
const types = (text: string): string[] => analysed(text, 'fr').events.map((event) => event.event);

describe('désapprobation et accusation (CAMEO 11)', () => {
  it("lit un regret visant une partie comme une désapprobation, pas l'adjectif « regretté »", () => {
    expect(events('Le ministre norvégien a regretté la décision de la Russie.')).toEqual(['ACCUSE NOR>RUS']);
    expect(events('Le regretté président Nguyen Van An a été inhumé à Hanoï.')).toEqual([]);
    expect(events('Je regrette de ne pas pouvoir venir ce soir.')).toEqual([]);
  });

  it('lit « qualifier de provocation » comme une critique, pas un commentaire sportif', () => {
    expect(events('Washington a qualifié de provocation les manœuvres chinoises.')).toEqual([
      'ACCUSE USA>CHN',
    ]);
    expect(events("L'entraîneur a qualifié l'attaquant de dangereux.")).toEqual([]);
    expect(events("L'équipe nationale s'est qualifiée pour la finale.")).toEqual([]);
  });

  it('lit la déception, l’indignation et la mise en cause comme une désapprobation', () => {
    expect(events("Le Vietnam a exprimé sa déception face à la décision de l'Inde.")).toEqual([
      'ACCUSE VNM>IND',
    ]);
    expect(events('Le chanteur a déçu ses fans lors du concert.')).toEqual([]);
    expect(events('La Chine s’est indignée des propos du Premier ministre japonais.')).toEqual([
      'ACCUSE CHN>JPN',
    ]);
    expect(events("Le Vietnam a mis en cause la Chine pour l'incident.")).toEqual(['ACCUSE VNM>CHN']);
    expect(events('La mise en cause de la Chine par le Vietnam a surpris.')).toEqual(['ACCUSE VNM>CHN']);
  });
});

describe('rejet (CAMEO 12)', () => {
  it('lit des allégations dites infondées ou sans fondement juridique comme rejetées par le locuteur', () => {
    expect(
      events('La Russie a déclaré que ces allégations de la Norvège étaient totalement infondées.'),
    ).toEqual(['REJECT RUS>NOR']);
    expect(
      events('Le Vietnam a affirmé que les revendications de la Chine sont sans fondement juridique.'),
    ).toEqual(['REJECT VNM>CHN']);
    expect(events("Les craintes d'une récession sont infondées, selon la banque.")).toEqual([]);
  });

  it('lit une invitation déclinée, un désaccord, un traité quitté et des résolutions bravées', () => {
    expect(events("Le Japon a décliné l'invitation de la Russie.")).toEqual(['REJECT JPN>RUS']);
    expect(events('Les ventes ont décliné en mars.')).toEqual([]);
    expect(events("Le Vietnam a exprimé son désaccord avec la décision de l'Inde.")).toEqual([
      'REJECT VNM>IND',
    ]);
    expect(events("Les États-Unis se sont retirés de l'accord nucléaire avec l'Iran.")).toEqual([
      'REJECT USA>IRN',
    ]);
    expect(events("Pyongyang a défié les résolutions du Conseil de sécurité de l'ONU.")).toEqual([
      'REJECT PRK>IGO',
    ]);
    expect(events('Le champion a défié son rival en finale.')).toEqual([]);
  });
});

describe('demandes et appels (CAMEO 02, 10)', () => {
  it('lit une cour qui ordonne des mesures comme une exigence, pas un ministre qui ordonne une enquête', () => {
    expect(
      events("La Cour internationale de justice a ordonné au Venezuela de s'abstenir de toute action."),
    ).toEqual(['REQUEST IGO>VEN']);
    expect(events("Le ministre a ordonné une enquête sur l'accident.")).toEqual([]);
  });

  it('lit « préconiser » et « militer pour » comme des appels', () => {
    expect(events('La France a préconisé un cessez-le-feu immédiat à Gaza.')).toEqual(['REQUEST FRA>PSE']);
    expect(events('Le Vietnam milite pour un code de conduite en mer de Chine méridionale.')).toEqual([
      'REQUEST VNM>',
    ]);
  });
});

describe('soutien, accord et consultation (CAMEO 03, 04, 05, 057)', () => {
  it('lit la solidarité exprimée, les salutations transmises et les vœux comme un soutien', () => {
    expect(events('Le Japon a fait part de sa solidarité avec la Turquie.')).toEqual(['SUPPORT JPN>TUR']);
    expect(events('Le Vietnam a transmis ses salutations au président cubain.')).toEqual(['SUPPORT VNM>CUB']);
    expect(events('Le président a souhaité au peuple laotien prospérité et bonheur.')).toEqual([
      'SUPPORT >LAO',
    ]);
    expect(events('Le ministre a souligné la contribution du Vietnam à la paix régionale.')).toEqual([
      'SUPPORT >VNM',
    ]);
    expect(events('Il a souligné les efforts du personnel hospitalier.')).toEqual([]);
  });

  it("lit « s'entendre pour », une aide proposée et un accord renouvelé comme des accords", () => {
    expect(
      events("L'Indonésie et l'Australie se sont entendus pour renforcer la coopération maritime."),
    ).toEqual(['AGREE IDN,AUS>IDN,AUS']);
    expect(events('Le Vietnam et le Laos s’entendent sur la démarcation de leur frontière.')).toEqual([
      'AGREE VNM,LAO>VNM,LAO',
    ]);
    expect(events('On a entendu des tirs pour la première fois dans le quartier.')).toEqual([]);
    expect(events('La France a proposé son aide au Vanuatu.')).toEqual(['AGREE FRA>VUT']);
    expect(events('Le magasin propose une aide à domicile.')).toEqual([]);
    expect(events('Le Vietnam et le Japon ont renouvelé leur accord de coopération.')).toEqual([
      'AGREE VNM,JPN>VNM,JPN',
    ]);
    expect(events('La SNCF a prolongé le contrat de son fournisseur.')).toEqual([]);
  });

  it("lit une intervention lors d'un débat d'une instance comme une participation", () => {
    expect(events('Le Vietnam est intervenu lors du débat du Conseil de sécurité.')).toEqual([
      'CONSULT VNM>IGO',
    ]);
    expect(events('Les pompiers sont intervenus lors de la réunion du conseil municipal.')).toEqual([]);
  });
});

describe('concessions et aide (CAMEO 07, 08)', () => {
  it('lit un échange de prisonniers, une grâce, une frontière rouverte et une indemnisation', () => {
    expect(events('La Russie et l’Ukraine ont échangé 200 prisonniers.')).toEqual([
      'CONCEDE RUS,UKR>RUS,UKR',
    ]);
    expect(types("La Russie et l'Ukraine ont procédé à un échange de prisonniers.")).toEqual(['CONCEDE']);
    expect(events('Les gardiens ont échangé des regards avec les prisonniers.')).toEqual([]);
    expect(events('Le président birman a gracié deux journalistes japonais.')).toEqual(['CONCEDE MMR>JPN']);
    expect(events('La Thaïlande a rouvert sa frontière avec le Cambodge.')).toEqual(['CONCEDE THA>KHM']);
    expect(events('Le Japon a indemnisé les familles des victimes vietnamiennes.')).toEqual([
      'CONCEDE JPN>VNM',
    ]);
  });

  it('lit des armes livrées, des secouristes dépêchés, une équipe médicale et des fonds débloqués', () => {
    expect(events("Les États-Unis ont livré des armes à l'Ukraine.")).toEqual(['AID USA>UKR']);
    expect(events("L'Australie a dépêché des secouristes au Vanuatu.")).toEqual(['AID AUS>VUT']);
    expect(events('Une équipe médicale vietnamienne est arrivée en Turquie.')).toEqual(['AID VNM>TUR']);
    expect(events("L'équipe médicale du club a examiné le joueur.")).toEqual([]);
    expect(events("L'Union européenne a débloqué 10 millions d'euros d'aide pour le Vanuatu.")).toEqual([
      'AID IGO>VUT',
    ]);
    expect(events('La banque a débloqué des fonds pour ses clients.')).toEqual([]);
  });
});

describe('force et désescalade (CAMEO 15, 16, 17, 08)', () => {
  it('lit des patrouilles menées par un État et des troupes renforcées comme une démonstration de force', () => {
    expect(events('La Chine a mené des patrouilles autour de Taïwan.')).toEqual(['MOBILIZE CHN>TWN']);
    expect(events('Les marines du Vietnam et du Cambodge ont mené des patrouilles conjointes.')).toEqual([
      'COOPERATE VNM,KHM>VNM,KHM',
    ]);
    expect(events('Des bénévoles ont mené des patrouilles sur la plage pour protéger les tortues.')).toEqual(
      [],
    );
    expect(events("La Chine a renforcé ses troupes près de la frontière avec l'Inde.")).toEqual([
      'MOBILIZE CHN>IND',
    ]);
    expect(events("L'entreprise a renforcé ses forces de vente.")).toEqual([]);
  });

  it('lit un bateau aspergé et des coups de semonce comme une coercition, pas un épandage', () => {
    expect(events('Les garde-côtes chinois ont aspergé un bateau philippin.')).toEqual(['COERCE CHN>PHL']);
    expect(events('Les agriculteurs aspergent les cultures de pesticides.')).toEqual([]);
    expect(
      events('La marine indonésienne a tiré des coups de semonce contre des bateaux vietnamiens.'),
    ).toEqual(['COERCE IDN>VNM']);
  });

  it('lit une participation suspendue et la table des négociations quittée comme des relations réduites', () => {
    expect(events("L'Union africaine a suspendu la participation du Gabon à ses instances.")).toEqual([
      'SANCTION IGO>GAB',
    ]);
    expect(events("Le club a suspendu l'adhésion des nouveaux membres pendant l'été.")).toEqual([]);
    expect(events('La délégation nigérienne a quitté la table des négociations avec la CEDEAO.')).toEqual([
      'SANCTION NER>IGO',
    ]);
  });

  it('lit un blocus levé et une capitulation comme une désescalade', () => {
    expect(events('Israël a levé le blocus de Gaza.')).toEqual(['RETREAT ISR>PSE']);
    expect(events("Les forces russes ont capitulé face à l'armée ukrainienne.")).toEqual(['RETREAT RUS>UKR']);
  });
});

describe("verbes d'agence (CAMEO 057, 11, 12, 173)", () => {
  it('lit « tancer », « pointer du doigt » et « balayer les accusations » comme critique et rejet', () => {
    expect(events('Le Vietnam a tancé la Chine.')).toEqual(['ACCUSE VNM>CHN']);
    expect(events('Le Vietnam a pointé du doigt la Chine.')).toEqual(['ACCUSE VNM>CHN']);
    expect(events('La Chine a balayé les accusations des Philippines.')).toEqual(['REJECT CHN>PHL']);
    expect(events('Le vent a balayé les feuilles.')).toEqual([]);
  });

  it('lit un accord scellé comme un accord et une condamnation à une peine comme une sanction judiciaire', () => {
    expect(events('Le Japon et les Philippines ont scellé un accord de défense.')).toEqual([
      'AGREE JPN,PHL>JPN,PHL',
    ]);
    expect(events('Un tribunal chinois a condamné un écrivain australien à mort.')).toEqual([
      'COERCE CHN>AUS',
    ]);
  });
});

describe('welcoming a proposal (CAMEO 030, whole pipeline)', () => {
  it('is agreeing to it: "a accueilli favorablement les propositions"', () => {
    expect(events('Le ministre qatari a accueilli favorablement les propositions du Vietnam.')).toEqual([
      'AGREE QAT>VNM',
    ]);
  });
});

describe('réduction des relations diplomatiques (CAMEO 161)', () => {
  it('lit le rappel d’ambassadeurs, au verbe comme au nom et au pluriel', () => {
    expect(events('Le Pérou a annoncé lundi le rappel de ses ambassadeurs au Chili.')).toEqual([
      'SANCTION PER>CHL',
    ]);
    expect(events('Le Chili a répliqué en rappelant ses ambassadeurs au Pérou.')).toEqual([
      'SANCTION CHL>PER',
    ]);
  });

  it('ne lit pas « rappeler que » ni le rappel d’autre chose qu’un diplomate', () => {
    expect(
      events('Le ministre péruvien a rappelé que l’ambassadeur du Chili était en poste depuis 2019.'),
    ).toEqual([]);
    expect(events('Le Pérou a évoqué le rappel des propos de l’ambassadeur chilien.')).toEqual([]);
  });
});
