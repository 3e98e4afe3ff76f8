import { describe, expect, it } from 'vitest';
import {
  fulfillingEventTypes,
  fulfilmentRule,
  kindsFulfilledBy,
  isOverdue,
  objectStems,
  type FulfilmentCandidate,
  type StoredCommitment,
} from './commitment-match.js';

const request: StoredCommitment = {
  kind: 'request',
  by: 'VNM',
  to: 'RUS',
  what: 'vaccins Spoutnik V',
  articleId: 'a1',
  statedDay: '2021-05-29',
};

const delivery: FulfilmentCandidate = {
  event: 'AID',
  mode: [],
  actorCodes: ['RUS'],
  recipientCodes: ['VNM'],
  sectors: ['vaccines'],
  evidenceText: 'La Russie a livré un lot de vaccins au Vietnam.',
  articleId: 'a2',
  eventId: 'v1',
  day: '2021-07-10',
  negated: false,
  hypothetical: false,
  isCommitment: false,
};

describe('commitment fulfilment', () => {
  it('fulfils a request when the requested party delivers the object later', () => {
    expect(fulfilmentRule(request, delivery)).toBe('commitment.fulfilled.request-delivered');
  });

  it('needs the right direction, object, date and a real event', () => {
    expect(fulfilmentRule(request, { ...delivery, actorCodes: ['VNM'], recipientCodes: ['RUS'] })).toBeNull();
    expect(
      fulfilmentRule(request, { ...delivery, sectors: [], evidenceText: 'Du riz a été livré.' }),
    ).toBeNull();
    expect(fulfilmentRule(request, { ...delivery, day: '2021-05-01' })).toBeNull();
    expect(fulfilmentRule(request, { ...delivery, negated: true })).toBeNull();
    expect(fulfilmentRule(request, { ...delivery, articleId: 'a1' })).toBeNull();
  });

  it('needs the event shown to be later: both dated, the event on a later day', () => {
    expect(fulfilmentRule(request, { ...delivery, day: null })).toBeNull();
    expect(fulfilmentRule({ ...request, statedDay: null }, delivery)).toBeNull();
    expect(fulfilmentRule({ ...request, statedDay: null }, { ...delivery, day: null })).toBeNull();
    expect(fulfilmentRule(request, { ...delivery, day: request.statedDay })).toBeNull();
  });

  it('needs a compatible object: country words, names and generic words are no object', () => {
    const cooperation: StoredCommitment = {
      ...request,
      kind: 'request',
      what: 'pays du Mékong et le Japon à coopérer davantage dans la gestion',
      by: 'VNM',
      to: 'JPN',
    };
    const loan: FulfilmentCandidate = {
      ...delivery,
      actorCodes: ['JPN'],
      recipientCodes: ['VNM'],
      sectors: [],
      evidenceText: 'Japan International Cooperation Agency signed two loan agreements with Vietnam.',
    };
    expect(fulfilmentRule(cooperation, loan)).toBeNull();
    const welcome: StoredCommitment = {
      ...request,
      kind: 'promise',
      what: 'accueillir les travailleurs vietnamiens',
      by: 'JPN',
      to: 'VNM',
    };
    const relief = { ...loan, evidenceText: "Japan sends relief goods to Vietnam's flood victims." };
    expect(fulfilmentRule(welcome, relief)).toBeNull();
    expect(objectStems('vaccins Spoutnik V pour le Vietnam', true)).toEqual(new Set(['vacci']));
  });

  it('fulfils an invitation by a visit between the two countries', () => {
    const invitation: StoredCommitment = { ...request, kind: 'invitation', what: null, by: 'VNM', to: 'JPN' };
    const visit: FulfilmentCandidate = {
      ...delivery,
      event: 'CONSULT',
      mode: ['visit'],
      actorCodes: ['JPN'],
      recipientCodes: ['VNM'],
    };
    expect(fulfilmentRule(invitation, visit)).toBe('commitment.fulfilled.invitation-visit');
    expect(fulfilmentRule(invitation, { ...visit, mode: ['phone'] })).toBeNull();
    // The inviter travelling to the invitee is another visit, not the one the invitation asked for.
    expect(fulfilmentRule(invitation, { ...visit, actorCodes: ['VNM'], recipientCodes: ['JPN'] })).toBeNull();
  });

  it('lists which event types fulfil which kinds', () => {
    expect(fulfillingEventTypes('request')).toEqual(['AID', 'COOPERATE']);
    expect(kindsFulfilledBy('AID')).toEqual(['agreement', 'offer', 'promise', 'request']);
    expect(kindsFulfilledBy('ASSAULT')).toEqual([]);
  });

  it('decides overdue against an explicit as-of day', () => {
    expect(isOverdue('2021-08-31', '2021-09-01')).toBe(true);
    expect(isOverdue('2021-08-31', '2021-08-31')).toBe(false);
    expect(isOverdue(null, '2021-09-01')).toBe(false);
  });

  it('stems object words across languages and plurals', () => {
    expect(objectStems('vaccines').has('vacci')).toBe(true);
    expect(objectStems('les vaccins').has('vacci')).toBe(true);
  });
});
