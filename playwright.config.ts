import { defineConfig } from '@playwright/test';

// The tests load the built extension (dist/) into the system Chromium; `npm test` builds first.
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
