import { describe, expect, it } from 'vitest';
import { agendaItemInputSchema, agendaLinkSchema } from './meeting';

describe('agenda links', () => {
  it('a netwerk link names only the view (graaf or kaart): the werkgroep’s own network', () => {
    expect(agendaLinkSchema.parse({ kind: 'netwerk', view: 'graaf' })).toEqual({
      kind: 'netwerk',
      view: 'graaf',
    });
    expect(agendaLinkSchema.parse({ kind: 'netwerk', view: 'kaart' })).toEqual({
      kind: 'netwerk',
      view: 'kaart',
    });
    expect(agendaLinkSchema.safeParse({ kind: 'netwerk', view: 'tabel' }).success).toBe(false);
    expect(agendaLinkSchema.safeParse({ kind: 'netwerk' }).success).toBe(false);
    expect(agendaLinkSchema.safeParse({ kind: 'netwerk', view: 'graaf', werkgroepId: 'w1' }).success).toBe(
      false,
    );
  });

  it('an agenda item keeps its netwerk link, and has none by default', () => {
    const item = agendaItemInputSchema.parse({
      title: 'Netwerk',
      minutes: 10,
      link: { kind: 'netwerk', view: 'graaf' },
    });
    expect(item.link).toEqual({ kind: 'netwerk', view: 'graaf' });
    expect(agendaItemInputSchema.parse({ title: 'Welkom', minutes: 5 }).link).toBeNull();
  });
});
