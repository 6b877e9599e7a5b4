import { describe, expect, it } from 'vitest';
import { richExportInput } from '../test/exportFixture';
import { ExportBusyError, exportRunner } from './runner';

describe('export runner (a real worker thread)', () => {
  it('makes the files in a worker and hands the bytes back', async () => {
    const runner = exportRunner({ maxWaiting: 1, timeoutMs: 60_000, maxMemoryMb: 512 });
    const [md] = await runner.run({ files: [{ name: 'x.md', format: 'md', input: richExportInput() }] });
    expect(md?.name).toBe('x.md');
    expect(new TextDecoder().decode(md?.bytes).startsWith('# Ambitiedocument Overvecht')).toBe(true);
    expect(runner.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('hands back, as code points, the characters the PDF drew as a placeholder (for the log)', async () => {
    const runner = exportRunner({ maxWaiting: 1, timeoutMs: 120_000, maxMemoryMb: 512 });
    const input = richExportInput({
      sections: [
        {
          id: 'sec0000000000001',
          title: 'Tekens',
          status: 'concept',
          content: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ok ✓ 😀' }] }],
          },
        },
      ],
      threads: [],
      decisions: [],
      boards: null,
    });
    const [pdf, md] = await runner.run({
      files: [
        { name: 'x.pdf', format: 'pdf', input },
        { name: 'x.md', format: 'md', input },
      ],
    });
    expect(pdf?.missing).toEqual(['U+2713']);
    expect(md?.missing).toEqual([]);
  });

  it('runs one job at a time and refuses jobs beyond the queue instead of piling them up', async () => {
    const runner = exportRunner({ maxWaiting: 1, timeoutMs: 60_000, maxMemoryMb: 512 });
    const job = { files: [{ name: 'x.html', format: 'html' as const, input: richExportInput() }] };
    const first = runner.run(job);
    const second = runner.run(job);
    expect(runner.stats()).toEqual({ running: 1, waiting: 1 });
    await expect(runner.run(job)).rejects.toBeInstanceOf(ExportBusyError);
    expect((await first).length).toBe(1);
    expect((await second).length).toBe(1);
    expect(runner.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('stops a job that takes too long, and the next job still runs', async () => {
    const runner = exportRunner({ maxWaiting: 1, timeoutMs: 1, maxMemoryMb: 512 });
    await expect(
      runner.run({ files: [{ name: 'x.pdf', format: 'pdf', input: richExportInput() }] }),
    ).rejects.toThrow('export timed out');
    expect(runner.stats()).toEqual({ running: 0, waiting: 0 });
  });
});
