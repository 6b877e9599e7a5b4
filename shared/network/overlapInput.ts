/**
 * What overlap detection needs of an initiative — a plain type, so the detection in `overlap.ts` stays free
 * of schemas and storage. The network's zod schema (`shared/network/initiative.ts`) produces values
 * assignable to it; keep the two in step.
 */
import type { NetworkTheme } from './common';

export type { NetworkTheme };

export interface OverlapInitiative {
  id: string;
  name: string;
  themes: readonly NetworkTheme[];
  /** Free text chosen from suggestions: 'ouderen', 'jongeren', 'gezinnen met jonge kinderen', … */
  targetGroups: readonly string[];
  /** Buurt names as the werkgroep wrote them: 'Vollenhove-Noord'. */
  buurten: readonly string[];
  /** ISO dates 'YYYY-MM-DD'; null = open-ended on that side. */
  period: { start: string | null; end: string | null };
  /** Subsidieregeling or fund names; the amount plays no part in overlap. */
  funding: readonly { source: string; amount: number | null }[];
  status: 'idee' | 'gepland' | 'loopt' | 'afgerond' | 'gestopt';
}
