import { describe, expect, it } from 'vitest';
import { createInitiativeSchema } from '../../../../shared/network/initiative';
import { createPartySchema } from '../../../../shared/network/party';
import { createRelationSchema } from '../../../../shared/network/relation';
import {
  changedFields,
  fieldErrors,
  initiativeBody,
  initiativeForm,
  OWN_KIND,
  partyBody,
  partyForm,
  splitLabels,
} from './formModel';

const errorsOf = (result: { success: boolean; error?: { issues: Parameters<typeof fieldErrors>[0] } }) =>
  fieldErrors(result.error?.issues ?? []);

describe('network forms', () => {
  it('split labels typed on one line', () => {
    expect(splitLabels(' ouderen, jongeren;gezinnen\n, ')).toEqual(['ouderen', 'jongeren', 'gezinnen']);
  });

  it('send a contact only with consent, and an own kind as typed', () => {
    const form = {
      ...partyForm(),
      name: 'Kerk',
      kind: OWN_KIND,
      ownKind: 'Kerk',
      contactName: 'Gerda',
    } as const;
    expect(partyBody(form, false)).toMatchObject({ kind: 'Kerk', contact: null });
    expect(partyBody(form, false)).not.toHaveProperty('memberIds');
    const consented = partyBody({ ...form, consent: true, contactEmail: 'g@x.nl' }, true);
    expect(consented).toMatchObject({
      contact: { name: 'Gerda', email: 'g@x.nl', consent: true },
      memberIds: [],
    });
    expect(createPartySchema.safeParse(consented).success).toBe(true);
  });

  it('turn an initiative form into a body the shared schema accepts', () => {
    const body = initiativeBody({
      ...initiativeForm(),
      name: 'Samen bewegen',
      targetGroups: 'ouderen',
      start: '2027-03-01',
      leadPartyId: 'p1',
      partnerPartyIds: ['p1', 'p2'],
      funding: [
        { id: 0, source: 'Sterk in de Wijk', amount: '1500,50' },
        { id: 1, source: '', amount: '' },
      ],
    });
    expect(body).toMatchObject({
      period: { start: '2027-03-01', end: null },
      partnerPartyIds: ['p2'],
      funding: [{ source: 'Sterk in de Wijk', amount: 1500.5 }],
      sectionId: null,
    });
    expect(createInitiativeSchema.safeParse(body).success).toBe(true);
  });

  it('name each field error in catalogue words', () => {
    const party = createPartySchema.safeParse({ name: ' ', kind: 'sport', website: 'javascript:x' });
    expect(errorsOf(party)).toEqual({ name: { key: 'required' }, website: { key: 'website' } });
    const initiative = createInitiativeSchema.safeParse(
      initiativeBody({
        ...initiativeForm(),
        name: 'x'.repeat(121),
        start: '2027-05-01',
        end: '2027-04-01',
        funding: [{ id: 0, source: 'Fonds', amount: 'veel' }],
      }),
    );
    expect(errorsOf(initiative)).toEqual({
      name: { key: 'tooLong', params: { max: 120 } },
      'period.end': { key: 'periodOrder' },
      'funding.0.amount': { key: 'amount' },
    });
    const relation = createRelationSchema.safeParse({
      fromPartyId: 'aaaa',
      toPartyId: 'aaaa',
      kind: 'werkt_samen',
    });
    expect(errorsOf(relation)).toEqual({ toPartyId: { key: 'selfRelation' } });
  });

  it('send only what changed when editing', () => {
    expect(changedFields({ a: 1, b: ['x'], c: null }, { a: 1, b: ['x', 'y'], c: null })).toEqual({
      b: ['x', 'y'],
    });
  });
});
