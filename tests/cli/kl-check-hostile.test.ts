/**
 * kl-check against files that try to hang it, exhaust its memory or read outside the folder it was
 * given (issue 11 point 10). Each batch also holds a real contract, which must still get its result.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { contractsDir, contractWithBody, runOf, withDeclaredSize } from './docx-builder';
import { ONE_GB, repoRoot, runCli } from './run';

interface JsonOut {
  files: Array<{ file: string; template: unknown; category: string; findings: Array<{ rule: string; category: string | null; field: string | null; message: string }> }>;
  summary: { files: number };
}

const json = (r: { stdout: string }): JsonOut => JSON.parse(r.stdout) as JsonOut;
const byName = (out: JsonOut) => new Map(out.files.map((f) => [path.basename(f.file), f]));
const messageOf = (out: JsonOut, name: string): string => byName(out).get(name)?.findings[0]?.message ?? '';
const korrekt = path.join(contractsDir, 'korrekt-01.docx');
let run100Mb: Buffer | undefined;
/** A contract whose body holds one run of 100 MB of text (about 100 kB deflated), built once. */
const contractWith100MbRun = (): Buffer => (run100Mb ??= contractWithBody(runOf('a', 100 * 1024 * 1024)));

describe('kl-check refuses hostile files with a reason and checks the rest', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'kl-check-hostile-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('a single run of 100 MB of text is refused while it is unzipped (the part cap), not read into a string', () => {
    const dir = path.join(tmp, 'stor-tekst');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a-tekst-100mb.docx'), contractWith100MbRun());
    copyFileSync(korrekt, path.join(dir, 'b-korrekt.docx'));
    const r = runCli('kl-check', ['--json', dir]);
    expect(r.code).toBe(1);
    const out = json(r);
    expect(out.files.map((f) => [path.basename(f.file), f.category])).toEqual([['a-tekst-100mb.docx', 'ikke-laesbar'], ['b-korrekt.docx', 'korrekt']]);
    expect(messageOf(out, 'a-tekst-100mb.docx')).toMatch(/word\/document\.xml fylder mere end 32 MB udpakket/);
    expect(r.peakRss).toBeLessThan(ONE_GB);
  });

  it('the same run with a forged small size in the zip directory is stopped by the capped inflate', () => {
    const dir = path.join(tmp, 'falsk-stoerrelse');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a-falsk.docx'), withDeclaredSize(contractWith100MbRun(), 'word/document.xml', 30_000));
    copyFileSync(korrekt, path.join(dir, 'b-korrekt.docx'));
    const r = runCli('kl-check', ['--json', dir]);
    const out = json(r);
    expect(out.files.map((f) => f.category)).toEqual(['ikke-laesbar', 'korrekt']);
    expect(messageOf(out, 'a-falsk.docx')).toMatch(/word\/document\.xml fylder mere end 32 MB udpakket/);
    expect(r.peakRss).toBeLessThan(ONE_GB);
  });

  it('20 million character references are refused (100 MB of &#65;), and so are 2.5 million within a small part', () => {
    const dir = path.join(tmp, 'referencer');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a-20-mio-referencer.docx'), contractWithBody(runOf('&#65;', 20_000_000)));
    // 12.5 MB: under the part cap, so it is the reference budget in xml.ts that refuses it.
    writeFileSync(path.join(dir, 'b-2-5-mio-referencer.docx'), contractWithBody(runOf('&amp;', 2_500_000)));
    copyFileSync(korrekt, path.join(dir, 'c-korrekt.docx'));
    const r = runCli('kl-check', ['--json', dir]);
    const out = json(r);
    expect(r.peakRss).toBeLessThan(ONE_GB);
    expect(out.files.map((f) => f.category)).toEqual(['ikke-laesbar', 'ikke-laesbar', 'korrekt']);
    expect(messageOf(out, 'a-20-mio-referencer.docx')).toMatch(/fylder mere end 32 MB udpakket/);
    expect(messageOf(out, 'b-2-5-mio-referencer.docx')).toMatch(/mere end 2 millioner tegnreferencer/);
  });

  it('a named pipe is not opened for reading (which would wait for a writer forever): ikke-laesbar at once', () => {
    const dir = path.join(tmp, 'pipe');
    mkdirSync(dir);
    const fifo = path.join(dir, 'a-pipe.docx');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    copyFileSync(korrekt, path.join(dir, 'b-korrekt.docx'));
    const r = runCli('kl-check', ['--json', dir]); // runCli has a 60 s timeout: a hang fails the test
    expect(r.code).toBe(1);
    const out = json(r);
    expect(out.files.map((f) => f.category)).toEqual(['ikke-laesbar', 'korrekt']);
    expect(messageOf(out, 'a-pipe.docx')).toBe('Stien er en navngiven pipe (FIFO), ikke et Word-dokument; den læses ikke.');
    // Named on the command line it is refused the same way.
    expect(messageOf(json(runCli('kl-check', ['--json', fifo])), 'a-pipe.docx')).toMatch(/navngiven pipe/);
  });

  it('a socket named .docx is refused', async () => {
    const dir = path.join(tmp, 'socket');
    mkdirSync(dir);
    const sock = path.join(dir, 'a-socket.docx');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const out = json(runCli('kl-check', ['--json', dir]));
      expect(out.files.map((f) => f.category)).toEqual(['ikke-laesbar']);
      expect(messageOf(out, 'a-socket.docx')).toMatch(/en socket/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('a link to /dev/zero: outside the tree inside a folder; a device when named directly; never read', () => {
    const dir = path.join(tmp, 'dev-zero');
    mkdirSync(dir);
    const link = path.join(dir, 'a-nul.docx');
    symlinkSync('/dev/zero', link);
    copyFileSync(korrekt, path.join(dir, 'b-korrekt.docx'));
    const inFolder = runCli('kl-check', ['--json', dir]);
    expect(json(inFolder).files.map((f) => f.category)).toEqual(['ikke-laesbar', 'korrekt']);
    expect(messageOf(json(inFolder), 'a-nul.docx')).toMatch(/genvej, der peger uden for den mappe/);
    const direct = runCli('kl-check', ['--json', link, korrekt]);
    expect(json(direct).files.map((f) => f.category)).toEqual(['ikke-laesbar', 'korrekt']);
    expect(messageOf(json(direct), 'a-nul.docx')).toBe('Stien er en tegnenhed (fx /dev/zero), ikke et Word-dokument; den læses ikke.');
    // Reading /dev/zero would fill memory; the peak shows it was never read.
    for (const r of [inFolder, direct]) expect(r.peakRss).toBeLessThan(ONE_GB);
  });

  it('links are followed only to regular files inside the folder being checked', () => {
    const outside = path.join(tmp, 'udenfor');
    const dir = path.join(tmp, 'links');
    mkdirSync(outside);
    mkdirSync(path.join(dir, 'under'), { recursive: true });
    copyFileSync(korrekt, path.join(outside, 'hemmelig.docx'));
    copyFileSync(korrekt, path.join(dir, 'under', 'ægte.docx'));
    symlinkSync(path.join(outside, 'hemmelig.docx'), path.join(dir, 'a-ud.docx'));
    symlinkSync(path.join('..', 'udenfor', 'hemmelig.docx'), path.join(dir, 'b-relativ-ud.docx'));
    symlinkSync(path.join('under', 'ægte.docx'), path.join(dir, 'c-ind.docx'));
    symlinkSync(path.join(dir, 'findes-ikke.docx'), path.join(dir, 'd-brudt.docx'));
    symlinkSync(outside, path.join(dir, 'e-mappe-link')); // a link to a folder is not walked
    const out = json(runCli('kl-check', ['--json', dir]));
    expect(out.files.map((f) => [path.basename(f.file), f.category])).toEqual([
      ['a-ud.docx', 'ikke-laesbar'],
      ['b-relativ-ud.docx', 'ikke-laesbar'],
      ['c-ind.docx', 'korrekt'],
      ['d-brudt.docx', 'ikke-laesbar'],
      ['ægte.docx', 'korrekt'],
    ]);
    expect(messageOf(out, 'a-ud.docx')).toMatch(/uden for den mappe/);
    expect(messageOf(out, 'b-relativ-ud.docx')).toMatch(/uden for den mappe/);
    expect(messageOf(out, 'd-brudt.docx')).toMatch(/findes ikke/);
  });

  it('an unreadable subfolder gets a finding of its own; the files beside it are checked', () => {
    const dir = path.join(tmp, 'adgang');
    mkdirSync(path.join(dir, 'b-lukket'), { recursive: true });
    copyFileSync(korrekt, path.join(dir, 'a-korrekt.docx'));
    copyFileSync(korrekt, path.join(dir, 'b-lukket', 'skjult.docx'));
    copyFileSync(korrekt, path.join(dir, 'c-korrekt.docx'));
    chmodSync(path.join(dir, 'b-lukket'), 0o000);
    // root reads any folder whatever its mode, so as root the CLI runs as the unprivileged user
    // 'nobody' (uid/gid 65534): the permission check is then the kernel's, as for any user.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (const p of [tmp, dir]) chmodSync(p, 0o755);
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src', 'cli', 'kl-check.ts'), '--json', dir], {
      cwd: repoRoot, encoding: 'utf8', timeout: 60_000,
      ...(asRoot ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: os.tmpdir() } } : {}),
    });
    chmodSync(path.join(dir, 'b-lukket'), 0o755);
    expect(r.stderr).toBe('');
    const out = json(r);
    expect(out.files.map((f) => [path.basename(f.file), f.category])).toEqual([
      ['a-korrekt.docx', 'korrekt'],
      ['b-lukket', 'ikke-laesbar'],
      ['c-korrekt.docx', 'korrekt'],
    ]);
    expect(out.files[1]?.findings).toEqual([{
      rule: 'file.unreadable', category: 'ikke-laesbar', field: null,
      message: 'Mappen kan ikke læses (ingen adgang); filerne i den er ikke tjekket.',
    }]);
    expect(r.status).toBe(1);
  });

  it('a file whose check runs out of memory ends its worker only: the files before and after still get results, in order', () => {
    const dir = path.join(tmp, 'hukommelse');
    mkdirSync(dir);
    copyFileSync(korrekt, path.join(dir, 'a-korrekt.docx'));
    // 100,000 paragraphs: a 5 MB main part, legal and under every cap, but needing ~100 MB of heap;
    // the limit is set to 32 MB here (a contract needs under 10 MB), so this check really runs out.
    writeFileSync(path.join(dir, 'b-stor.docx'), contractWithBody([Buffer.from('<w:p><w:r><w:t>Afsnit med lidt tekst</w:t></w:r></w:p>'.repeat(100_000))]));
    copyFileSync(path.join(contractsDir, 'valg-forudbetaling.docx'), path.join(dir, 'c-forud.docx'));
    copyFileSync(korrekt, path.join(dir, 'd-korrekt.docx'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src', 'cli', 'kl-check.ts'), '--json', dir], {
      cwd: repoRoot, encoding: 'utf8', timeout: 60_000, env: { ...process.env, KL_CHECK_MEMORY_MB: '32', KL_CHECK_WORKERS: '1' },
    });
    expect(r.status).toBe(1);
    const out = json(r);
    expect(out.files.map((f) => [path.basename(f.file), f.category])).toEqual([
      ['a-korrekt.docx', 'korrekt'],
      ['b-stor.docx', 'ikke-laesbar'],
      ['c-forud.docx', 'uhensigtsmaessige-valg'],
      ['d-korrekt.docx', 'korrekt'],
    ]);
    expect(messageOf(out, 'b-stor.docx')).toBe('Tjekket af filen brugte mere end grænsen på 32 MB hukommelse og blev stoppet; filen er for stor eller for kompleks til at blive læst.');
  });

  it('a file over the 50 MB limit is refused from its size, without reading it', () => {
    const big = path.join(tmp, 'for-stor.docx');
    writeFileSync(big, '');
    // A sparse file: 60 MB long, no data written.
    spawnSync('truncate', ['-s', '60M', big]);
    const out = json(runCli('kl-check', ['--json', big, korrekt]));
    expect(out.files.map((f) => f.category)).toEqual(['ikke-laesbar', 'korrekt']);
    expect(messageOf(out, 'for-stor.docx')).toBe('Filen er større end grænsen på 50 MB.');
  });

  it('a bad KL_CHECK_* value is wrong usage (exit 2) with a Danish message', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src', 'cli', 'kl-check.ts'), korrekt], {
      cwd: repoRoot, encoding: 'utf8', env: { ...process.env, KL_CHECK_WORKERS: 'mange' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ugyldig værdi i KL_CHECK_WORKERS');
  });
});
