import { describe, expect, it } from 'vitest';
import { mayAddActie, mayChangePublished, mayDeleteActie, mayEditActie, mayPostUpdate } from './access';

const parties = [{ id: 'pa1', memberIds: ['m-partner'] }];
const actie = { leadPartyId: 'pa1' };

describe('uitvoering access', () => {
  it('the facilitator manages every actie', () => {
    const f = { memberId: 'm-f', role: 'facilitator' as const };
    expect([
      mayAddActie(f),
      mayDeleteActie(f),
      mayChangePublished(f),
      mayEditActie(f, actie, parties),
    ]).toEqual([true, true, true, true]);
  });
  it('a member linked to the lead party edits and posts updates, but does not add, remove or publish', () => {
    const p = { memberId: 'm-partner', role: 'partner' as const };
    expect(mayEditActie(p, actie, parties)).toBe(true);
    expect(mayPostUpdate(p, actie, parties)).toBe(true);
    expect([mayAddActie(p), mayDeleteActie(p), mayChangePublished(p)]).toEqual([false, false, false]);
    expect(mayEditActie(p, { leadPartyId: null }, parties)).toBe(false);
  });
  it('others, and an observer even when linked, only read', () => {
    expect(mayEditActie({ memberId: 'm-b', role: 'bewoner' }, actie, parties)).toBe(false);
    const observer = { memberId: 'm-o', role: 'observer' as const };
    expect(mayEditActie(observer, actie, [{ id: 'pa1', memberIds: ['m-o'] }])).toBe(false);
  });
});
