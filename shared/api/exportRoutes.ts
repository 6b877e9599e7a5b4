import { z } from 'zod';
import { idSchema } from '../schemas/common';
import {
  akkoordExportQuerySchema,
  archiveQuerySchema,
  EXPORT_MIME,
  exportQuerySchema,
} from '../schemas/export';
import type { RouteDef } from './routes';

/** Exports (files, not JSON); part of API in routes.ts. */
export const EXPORT_API = {
  exportDocument: {
    method: 'get',
    path: '/api/documents/:documentId/export',
    summary:
      'The document as a file (ODT, DOCX, PDF/A-2, Markdown or HTML): title page, contents, sections, appendix. Facilitator only.',
    auth: 'member',
    params: z.object({ documentId: idSchema }),
    query: exportQuerySchema,
    produces: Object.values(EXPORT_MIME),
  },
  exportAkkoord: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/akkoord/export',
    summary:
      'The wijkakkoord as a file (PDF/A-2, ODT, DOCX, Markdown or HTML): title page, introduction, afspraken as a table, signature page (names only with consent). Facilitator only.',
    auth: 'member',
    params: z.object({ werkgroepId: idSchema }),
    query: akkoordExportQuerySchema,
    produces: Object.values(EXPORT_MIME),
  },
  exportArchive: {
    method: 'get',
    path: '/api/werkgroepen/:werkgroepId/archive',
    summary:
      "Everything of a werkgroep as one ZIP for the municipality's archive: documents in every format, boards, votes, decisions, members as the policy allows, the monitoring and the uitvoeringsplan (CSV, Markdown, photos). Facilitator only.",
    auth: 'member',
    params: z.object({ werkgroepId: idSchema }),
    query: archiveQuerySchema,
    produces: ['application/zip'],
  },
} as const satisfies Record<string, RouteDef>;
