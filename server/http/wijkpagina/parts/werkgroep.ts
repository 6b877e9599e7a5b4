import { t } from '../../../../shared/i18n/translate';
import { roleGroup } from '../../../../shared/roles';
import { esc } from '../../../export/html';
import type { PagePart } from '../context';

const GROUPS = ['bewoners', 'ambtenaren', 'partners'] as const;
type Group = (typeof GROUPS)[number];

/** Counts per group; names only of members who agreed to be named (`namedInExport`). */
type Composition = Record<Group, { count: number; names: string[] }>;

export const werkgroepPart: PagePart<Composition> = {
  async load({ deps, werkgroep }) {
    const out: Composition = {
      bewoners: { count: 0, names: [] },
      ambtenaren: { count: 0, names: [] },
      partners: { count: 0, names: [] },
    };
    for (const m of await deps.storage.listMembers(werkgroep.id)) {
      // Guests are not (yet) part of the werkgroep; facilitators and observers are not a group here.
      if (m.role === 'guest') continue;
      const group = roleGroup(m.role);
      if (group !== 'bewoners' && group !== 'ambtenaren' && group !== 'partners') continue;
      out[group].count++;
      if (m.namedInExport) out[group].names.push(m.displayName);
    }
    for (const g of GROUPS) out[g].names.sort((a, b) => a.localeCompare(b));
    return out;
  },
  render(c, lang) {
    const items = GROUPS.map((g) => {
      const names = c[g].names.length
        ? `<br><span class="quiet">${esc(t(lang, 'wijkpagina.werkgroep.named', { names: c[g].names.join(', ') }))}</span>`
        : '';
      return `<li><strong>${esc(t(lang, `wijkpagina.werkgroep.${g}`, { count: c[g].count }))}</strong>${names}</li>`;
    }).join('');
    return `<p>${esc(t(lang, 'wijkpagina.werkgroep.intro'))}</p><ul class="counts">${items}</ul>`;
  },
};
