import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const { bundleFreshness, markBundlesBuilt, BUNDLE_PAGES } = require('../../scripts/bundle-freshness.cjs') as {
  bundleFreshness(root: string): { stale: boolean; reason: string };
  markBundlesBuilt(root: string): void;
  BUNDLE_PAGES: string[];
};

function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kl-fresh-'));
  mkdirSync(path.join(root, 'src', 'teams'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'teams', 'TabApp.tsx'), 'export {};');
  setAge(path.join(root, 'src', 'teams', 'TabApp.tsx'), 3600);
  return root;
}
function setAge(file: string, secondsAgo: number) {
  const t = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(file, t, t);
}
function build(root: string) {
  for (const page of BUNDLE_PAGES) {
    mkdirSync(path.dirname(path.join(root, page)), { recursive: true });
    writeFileSync(path.join(root, page), '<!doctype html>');
  }
  markBundlesBuilt(root);
}

describe('npm start rebuilds the bundles when they are missing or older than their sources', () => {
  test('a fresh checkout (no dist/) builds', () => {
    expect(bundleFreshness(project())).toEqual({ stale: true, reason: 'dist/addin/taskpane.html mangler' });
  });

  test('dist/ from `npm run package:teams` alone (no pages) is not mistaken for a build', () => {
    const root = project();
    mkdirSync(path.join(root, 'dist'), { recursive: true });
    writeFileSync(path.join(root, 'dist', 'kl-kontrakt-teams.zip'), 'zip');
    expect(bundleFreshness(root).stale).toBe(true);
  });

  test('pages without a build stamp are rebuilt once', () => {
    const root = project();
    build(root);
    rmSync(path.join(root, 'dist', '.kl-bundles-built'));
    expect(bundleFreshness(root).stale).toBe(true);
  });

  test('a build newer than every source is served as it is', () => {
    const root = project();
    build(root);
    expect(bundleFreshness(root)).toEqual({ stale: false, reason: 'bygningen er opdateret' });
  });

  test('a source edited after the build triggers a rebuild, naming where', () => {
    const root = project();
    build(root);
    setAge(path.join(root, 'dist', '.kl-bundles-built'), 60);
    writeFileSync(path.join(root, 'src', 'teams', 'TabApp.tsx'), 'export const edited = 1;');
    expect(bundleFreshness(root)).toEqual({ stale: true, reason: 'src/teams er ændret siden sidste bygning' });
  });
});
