import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The e2e suite drives Debian's Chromium against the real host on a fresh SQLite database. The settings are put in the
// environment once, by the runner's own process, so that its workers inherit the same port and data folder.
process.env.E2E_PORT ??= String(5200 + Math.floor(Math.random() * 700));
process.env.E2E_DATA ??= mkdtempSync(join(tmpdir(), 'crm-e2e-'));
process.env.E2E_SMTP_PORT ??= String(Number(process.env.E2E_PORT) + 1000);
process.env.E2E_ADMIN_EMAIL ??= 'admin@e2e.example';
process.env.E2E_ADMIN_PASSWORD ??= 'Correct horse battery staple 42';
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
const hostDll = process.env.CRM_HOST_DLL ?? fileURLToPath(new URL('../Host/Crm.Host/bin/Release/net10.0/Crm.Host.dll', import.meta.url));

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/artifacts',
  reporter: [['list'], ['junit', { outputFile: process.env.E2E_JUNIT ?? 'test-results/e2e-junit.xml' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    screenshot: 'on',
    trace: 'retain-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `dotnet "${hostDll}" --urls ${baseURL}`,
    url: `${baseURL}/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      ASPNETCORE_ENVIRONMENT: 'Production',
      Database__Provider: 'Sqlite',
      Database__SqliteDirectory: process.env.E2E_DATA,
      CRM_ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL,
      CRM_ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD,
      // Every test signs in from 127.0.0.1; the per-address budget is tested by the integration tests.
      Identity__SignInAttemptsPerMinutePerAddress: '10000',
      // The SMTP sink of e2e/global-setup.ts, which keeps what it receives in E2E_DATA/mail.
      Mail__Host: '127.0.0.1',
      Mail__Port: process.env.E2E_SMTP_PORT,
      Mail__Security: 'None',
      Mail__FromAddress: 'sales@e2e.example',
      Mail__FromName: 'Acme Sales',
      // Reminders fire within a second and reach the open app's stream within a second (e2e/notifications.spec.ts).
      Activities__Reminders__PollInterval: '00:00:01',
      Activities__Notifications__PollInterval: '00:00:01',
    },
  },
});
