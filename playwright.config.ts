import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 3199);
const dataDir = path.resolve('test-results', 'e2e-data');

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  // Whole scenarios (a meeting, a vote with five people) take 25–30 s alone and twice that beside another
  // spec file on 2 cores; a test that hangs still fails, on its first condition that does not come.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Spec files run side by side (each test makes its own werkgroep); tests in one file run in order.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  // The app exactly as `npm start` serves it (the client is built by `npm run test:e2e` first).
  webServer: {
    command: `rm -rf "${dataDir}" && node --import tsx server/main.ts`,
    url: `http://127.0.0.1:${port}/healthz`,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ADMIN_TOKEN: 'e2e-admin-token-0123456789abcdef',
      // Many people join from one address in these tests, and some try codes that are wrong on purpose.
      RATE_LIMIT_PER_MINUTE: '10000',
      SECRET_MISSES_PER_HOUR: '10000',
      JOIN_CODE_MISSES_PER_HOUR: '10000',
      // No internet in CI: the map draws on its plain background and never waits for tiles.
      MAP_STYLE_URL: 'none',
    },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
