import { type Response, Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { EXPORT_MIME, exportFileName, slug } from '../../../../shared/schemas/export';
import { documentFor } from '../../../domain/loaders';
import { loadVoteView } from '../../../domain/votes/presenter';
import { buildArchive } from '../../../export/archive';
import { gatherArchiveFiles, gatherBoards, gatherDocument } from '../../../export/gather';
import { akkoordFileName, gatherAkkoord, gatherAkkoordArchiveFiles } from '../../../export/gatherAkkoord';
import { gatherPlan } from '../../../export/gatherPlan';
import { ExportBusyError, type ExportRunner, exportRunner } from '../../../export/runner';
import type { ExportJob } from '../../../export/worker';
import { actorOf, requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { publicBase } from '../../publicBase';
import { mount } from '../../route';

/** Sends a made file as a download with a name people recognise. */
function sendFile(res: Response, bytes: Uint8Array, type: string, name: string) {
  res.status(200);
  res.setHeader('content-type', type);
  res.setHeader('content-length', String(bytes.byteLength));
  res.setHeader(
    'content-disposition',
    `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  );
  res.setHeader('cache-control', 'no-store');
  res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

async function run(runner: ExportRunner, job: ExportJob) {
  try {
    return await runner.run(job);
  } catch (e) {
    if (e instanceof ExportBusyError) throw new ApiError('export_busy');
    throw e;
  }
}

/** One job runs per process, four more may wait; a job gets three minutes and 768 MB. */
export const EXPORT_QUEUE = { maxWaiting: 4, timeoutMs: 180_000, maxMemoryMb: 768 };

export function exportsRouter(deps: RouteDeps, runner = exportRunner(EXPORT_QUEUE)): Router {
  const router = Router();
  mountDocumentExport(router, deps, runner);
  mountArchiveExport(router, deps, runner);
  mountAkkoordExport(router, deps, runner);
  return router;
}

/** One document in one format, as it is now or as a saved version was. */
function mountDocumentExport(router: Router, deps: RouteDeps, runner: ExportRunner) {
  mount(router, API.exportDocument, async ({ req, res, params, query }) => {
    const { document, werkgroep } = await documentFor(
      deps.storage,
      params.documentId,
      actorOf(req),
      'document.export',
    );
    const started = performance.now();
    const input = await gatherDocument(deps, document, werkgroep, {
      lang: query.lang,
      origin: publicBase(req),
      now: Date.now(),
      version: query.version,
      comments: query.comments,
      questions: query.questions,
      boards: query.boards,
    });
    const day = new Date(input.version?.createdAt ?? input.now).toISOString().slice(0, 10);
    const name = exportFileName(document.title, werkgroep.wijk, day, query.format);
    const [file] = await run(runner, { files: [{ name, format: query.format, input }] });
    if (!file) throw new Error('export made no file');
    req.log.info(
      {
        document: document.id,
        format: query.format,
        bytes: file.bytes.byteLength,
        ms: Math.round(performance.now() - started),
      },
      'document exported',
    );
    if (file.missing.length > 0)
      req.log.warn(
        { document: document.id, format: query.format, codePoints: file.missing },
        'export drew characters no font has as a placeholder',
      );
    sendFile(res, file.bytes, EXPORT_MIME[query.format], name);
    return undefined;
  });
}

/**
 * The werkgroep's archive: every document in every format, boards, votes, decisions, meetings, the
 * monitoring and the uitvoeringsplan.
 */
function mountArchiveExport(router: Router, deps: RouteDeps, runner: ExportRunner) {
  const { storage } = deps;
  mount(router, API.exportArchive, async ({ req, res, params, query }) => {
    const { werkgroep } = await requireMember(storage, req, params.werkgroepId, 'werkgroep.export');
    const started = performance.now();
    const now = Date.now();
    const files = await gatherArchiveFiles(deps, werkgroep, {
      lang: query.lang,
      origin: publicBase(req),
      now,
    });
    const akkoord = await gatherAkkoordArchiveFiles(deps, werkgroep, { lang: query.lang, now });
    const made =
      files.length + akkoord.length > 0 ? await run(runner, { files: [...files, ...akkoord] }) : [];
    const documentFiles = made.slice(0, files.length);
    const akkoordFiles = made.slice(files.length);
    const boards = await gatherBoards(deps, werkgroep.id);
    const votes = [];
    for (const v of await storage.listVotes(werkgroep.id)) votes.push(await loadVoteView(storage, v));
    const zip = buildArchive({
      lang: query.lang,
      now,
      werkgroep,
      // Guests (joined by code, not confirmed) are not part of the werkgroep yet.
      members: (await storage.listMembers(werkgroep.id)).filter((m) => m.role !== 'guest'),
      documentFiles,
      akkoordFiles,
      boards,
      votes,
      decisions: await storage.listDecisions(werkgroep.id),
      meetings: await storage.listMeetings(werkgroep.id),
      ...(await gatherPlan(deps, werkgroep.id)),
    });
    req.log.info(
      {
        werkgroep: werkgroep.id,
        files: documentFiles.length,
        bytes: zip.byteLength,
        ms: Math.round(performance.now() - started),
      },
      'werkgroep archived',
    );
    const missing = [...new Set(made.flatMap((f) => f.missing))];
    if (missing.length > 0)
      req.log.warn(
        { werkgroep: werkgroep.id, codePoints: missing },
        'export drew characters no font has as a placeholder',
      );
    const name = `archief-${slug(werkgroep.name)}-${new Date(now).toISOString().slice(0, 10)}.zip`;
    sendFile(res, zip, 'application/zip', name);
    return undefined;
  });
}

/** The wijkakkoord in one format: the frozen text while frozen, with its signature page. */
function mountAkkoordExport(router: Router, deps: RouteDeps, runner: ExportRunner) {
  mount(router, API.exportAkkoord, async ({ req, res, params, query }) => {
    const { werkgroep } = await requireMember(deps.storage, req, params.werkgroepId, 'document.export');
    const akkoord = await gatherAkkoord(deps, werkgroep, { lang: query.lang, now: Date.now() });
    const name = akkoordFileName(akkoord, query.format);
    const [file] = await run(runner, { files: [{ name, format: query.format, akkoord }] });
    if (!file) throw new Error('export made no file');
    req.log.info(
      { werkgroep: werkgroep.id, format: query.format, bytes: file.bytes.byteLength },
      'akkoord exported',
    );
    sendFile(res, file.bytes, EXPORT_MIME[query.format], name);
    return undefined;
  });
}
