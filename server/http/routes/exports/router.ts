import { type Response, Router } from 'express';
import { API } from '../../../../shared/api/routes';
import { EXPORT_FORMATS, EXPORT_MIME, exportFileName, slug } from '../../../../shared/schemas/export';
import { buildArchive } from '../../../export/archive';
import { gatherBoards, gatherDocument } from '../../../export/gather';
import { ExportBusyError, type ExportRunner, exportRunner } from '../../../export/runner';
import type { ExportJob } from '../../../export/worker';
import { requireMember } from '../../context';
import type { RouteDeps } from '../../deps';
import { ApiError } from '../../errors';
import { mount } from '../../route';
import { documentFor } from '../documents/router';
import { publicBase } from '../invites/createInvite';
import { loadVoteView } from '../votes/views';

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

export function exportsRouter(
  deps: RouteDeps,
  runner = exportRunner({ maxWaiting: 4, timeoutMs: 180_000, maxMemoryMb: 768 }),
): Router {
  const { storage } = deps;
  const router = Router();

  mount(router, API.exportDocument, async ({ req, res, params, query }) => {
    const { document, werkgroep } = await documentFor(storage, req, params.documentId, 'document.export');
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

  mount(router, API.exportArchive, async ({ req, res, params, query }) => {
    const { werkgroep } = await requireMember(storage, req, params.werkgroepId, 'werkgroep.export');
    const started = performance.now();
    const now = Date.now();
    const origin = publicBase(req);
    const files: ExportJob['files'] = [];
    const folders = new Set<string>();
    for (const document of await storage.listDocuments(werkgroep.id)) {
      let folder = slug(document.title);
      for (let n = 2; folders.has(folder); n++) folder = `${slug(document.title)}-${n}`;
      folders.add(folder);
      const input = await gatherDocument(deps, document, werkgroep, {
        lang: query.lang,
        origin,
        now,
        comments: true,
        questions: true,
        boards: false,
      });
      const day = new Date(now).toISOString().slice(0, 10);
      for (const format of EXPORT_FORMATS)
        files.push({
          name: `${folder}/${exportFileName(document.title, werkgroep.wijk, day, format)}`,
          format,
          input,
        });
    }
    const documentFiles = files.length > 0 ? await run(runner, { files }) : [];
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
      boards,
      votes,
      decisions: await storage.listDecisions(werkgroep.id),
      meetings: await storage.listMeetings(werkgroep.id),
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
    const missing = [...new Set(documentFiles.flatMap((f) => f.missing))];
    if (missing.length > 0)
      req.log.warn(
        { werkgroep: werkgroep.id, codePoints: missing },
        'export drew characters no font has as a placeholder',
      );
    const name = `archief-${slug(werkgroep.name)}-${new Date(now).toISOString().slice(0, 10)}.zip`;
    sendFile(res, zip, 'application/zip', name);
    return undefined;
  });

  return router;
}
