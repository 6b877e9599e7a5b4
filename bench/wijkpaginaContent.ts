/**
 * The issue's amount of uitvoering and monitoring for `npm run bench:wijkpagina`: 200 published acties, each
 * with a lead party, a "wat we niet kunnen beloven" and 3 dated updates, and 40 indicators with 6 measurements.
 * Indicators go through the API; acties and their updates straight into the seeding server's storage (the
 * API's checks are the same for each and would only make the seeding slow).
 */
import type { Storage } from '../server/storage/Storage';
import { ACTIE_STATUSES, type Actie } from '../shared/uitvoering/actie';

export const ACTIES = 200;
export const UPDATES_EACH = 3;
export const INDICATORS = 40;
export const MEASUREMENTS_EACH = 6;

type Call = (
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: { id?: string } }>;

export async function seedUitvoering(opts: {
  storage: Storage;
  call: Call;
  werkgroepId: string;
  facilitatorId: string;
  sectionIds: readonly string[];
  /** Text that does not repeat word for word, from a seed. */
  text: (seed: string) => string;
}): Promise<void> {
  const { storage, call, werkgroepId, facilitatorId, sectionIds, text } = opts;
  const partyIds: string[] = [];
  for (const name of ['Portaal', 'Gemeente Utrecht, wijkbureau', 'Buurtteam Overvecht', 'Bewonersoverleg']) {
    const r = await call('POST', '/netwerk/parties', { name, kind: 'overig', memberIds: [] });
    if (r.status !== 201 || !r.body.id) throw new Error(`party: ${r.status}`);
    partyIds.push(r.body.id);
  }
  const day0 = Date.UTC(2026, 0, 5);
  const day = (offset: number) => new Date(day0 + offset * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < ACTIES; i++) {
    const status = ACTIE_STATUSES[i % ACTIE_STATUSES.length] ?? 'gepland';
    const at = day0 + i * 3_600_000;
    const actie: Actie = {
      id: `benchactie${i}`,
      title: `Actie ${i + 1}: ${text(`titel-${i}`).slice(0, 60)}`,
      description: text(`actie-${i}`),
      sectionId: sectionIds[i % sectionIds.length] ?? null,
      theme: (['leefbaar', 'veilig', 'groen', 'gezond', 'gelijke_kansen'] as const)[i % 5] ?? null,
      decisionIds: [],
      afspraakIds: [],
      leadPartyId: partyIds[i % partyIds.length] ?? null,
      partnerPartyIds: [],
      start: day(i),
      end: day(i + 180),
      milestones: [],
      budget: 5000 + i * 100,
      status,
      statusReason: status === 'vertraagd' || status === 'gestopt' ? text(`reden-${i}`).slice(0, 160) : '',
      nietBeloven: text(`belofte-${i}`).slice(0, 200),
      published: true,
      createdBy: facilitatorId,
      createdAt: at,
      updatedAt: at,
    };
    await storage.putActie(werkgroepId, actie);
    for (let u = 0; u < UPDATES_EACH; u++)
      await storage.addVoortgang(
        werkgroepId,
        {
          id: `benchupdate${i}-${u}`,
          actieId: actie.id,
          text: text(`update-${i}-${u}`).slice(0, 240),
          photo: null,
          createdBy: facilitatorId,
          createdAt: at + (u + 1) * 86_400_000,
        },
        null,
      );
  }
  for (let i = 0; i < INDICATORS; i++) {
    const r = await call('POST', '/monitoring/indicators', {
      sectionId: sectionIds[i % sectionIds.length],
      name: `Indicator ${i + 1}: ${text(`indicator-${i}`).slice(0, 50)}`,
      definition: text(`definitie-${i}`).slice(0, 200),
      unit: 'percent',
      unitLabel: '',
      source: 'ggd_gezondheidsmonitor',
      sourceLabel: '',
      baseline: { value: 50, date: '2020-01-01' },
      target: { value: 70, date: '2030-01-01' },
      direction: 'higher_is_better',
    });
    if (r.status !== 201 || !r.body.id) throw new Error(`indicator: ${r.status}`);
    for (let m = 0; m < MEASUREMENTS_EACH; m++)
      await call('POST', `/monitoring/indicators/${r.body.id}/measurements`, {
        series: 'wijk',
        date: `${2020 + m}-06-01`,
        value: 50 + ((i + m * 3) % 20),
        note: '',
      });
  }
}
