// Benchmark of what readers take away: how long the widget needs to save a view's CSV and its
// picture (PNG), and how large the files are, on the article's dataset and a generated one of
// 10,000 entities (`polity generate`). It prints figures; it never fails on them.
//   node scripts/bench-downloads.mjs     (after scripts/serve.sh --no-serve, npm ci, and the
//                                         native build for the generator: cmake --preset native)
// Times run from the API call to the file handed to the browser, in headless Chromium with
// SwiftShader (software WebGL): the picture's cost is mostly drawing and PNG encoding there.
import fs from 'node:fs/promises';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoRoot, checkSiteBuilt, startServer, launchBrowser, openExplorer } from '../tests/browser/harness.mjs';

const RUNS = 5;
const GENERATED = 10000;
const polityTool = path.join(repoRoot, 'build/native/tools/polity');
const ARTICLE = 'data/kazakhstan-constitution.json';
const CASES = [[ARTICLE, 'figures'], [ARTICLE, 'overview'], ['generated', 'overview'], ['generated', 'timeline'],
  ['generated', 'network']];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// One kind of download, RUNS times: the median time and the file's size.
async function measure(page, kind) {
  const times = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; ++run) {
    const [download, ms] = await Promise.all([page.waitForEvent('download'), page.evaluate(async (k) => {
      const start = performance.now();
      await window.polityTest.explorer.download(k);
      return performance.now() - start;
    }, kind)]);
    times.push(ms);
    bytes = (await fs.stat(await download.path())).size;
  }
  return `${median(times).toFixed(1).padStart(7)} ms ${(bytes / 1024).toFixed(1).padStart(9)} KiB`;
}

async function main() {
  await checkSiteBuilt();
  const { stdout: generated } = await promisify(execFile)(polityTool, ['generate', '--entities', String(GENERATED)],
    { maxBuffer: 1 << 30, encoding: 'buffer' });
  const server = await startServer();
  const browser = await launchBrowser();
  console.log(`Downloads (median of ${RUNS}; 1000 x 700 window, devicePixelRatio 1)`);
  console.log(`  ${'dataset, view'.padEnd(40)}${'CSV'.padEnd(24)}PNG`);
  try {
    for (const [data, view] of CASES) {
      // The generated dataset is served by the page's own origin, from memory.
      const url = data === 'generated' ? 'bench/generated.json' : data;
      const page = await openExplorer(browser, `${server.url}?data=${url}#view=${view}`, { acceptDownloads: true },
        (p) => p.route('**/bench/generated.json', (route) => route.fulfill({ body: generated, contentType: 'application/json' })));
      await page.evaluate(() => window.polityTest.firstFrame);
      const label = data === 'generated' ? `generated, ${GENERATED.toLocaleString('en-US')} entities, ${view}` : `article, ${view}`;
      console.log(`  ${label.padEnd(40)}${(await measure(page, 'csv')).padEnd(24)}${await measure(page, 'png')}`);
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
