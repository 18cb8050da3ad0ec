import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';
async function main() {
  const dist = process.argv[2]!;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'api-server.ts')], { env: { ...process.env, AUTH_MODE: 'dev', DATA_DIR: 'memory://', KL_DEMO: '1', KL_DEMO_OFFERS: '2000', DIST_DIR: dist, OUTBOX_ENABLED: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = await new Promise<string>((r) => { let o = ''; child.stdout!.on('data', (d) => { o += d; const m = /listening (\S+)/.exec(o); if (m) r(m[1]!); }); });
  const exp = await (await fetch(`${origin}/api/offers?limit=3&sort=municipality`)).json();
  console.log('expected', exp.items.map((i: { name: string; municipality: string }) => `${i.name} | ${i.municipality}`));
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
  const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
  await p.goto(`${origin}/teams/index.html`);
  await p.getByTestId('offer-count').getByText('2.000 af 2.000 tilbud').waitFor({ timeout: 60000 });
  await p.getByRole('columnheader', { name: 'Kommune', exact: true }).click();
  await p.waitForTimeout(3000);
  console.log('row2', await p.locator('[role="grid"] [role="row"][aria-rowindex="2"]').getAttribute('aria-label'), await p.getByRole('columnheader', { name: 'Kommune', exact: true }).getAttribute('aria-sort'), p.url());
  await p.screenshot({ path: 'test-artifacts/bench-debug-sort.png' });
  await b.close(); child.kill();
}
void main();
