import { join } from 'node:path';
import { startSmtpSink } from './smtp-sink';

/** The mail server the host sends to during the run (see `Mail__*` in playwright.config.ts). */
export default async function globalSetup() {
  const sink = await startSmtpSink(Number(process.env.E2E_SMTP_PORT), join(process.env.E2E_DATA!, 'mail'));
  return () => new Promise<void>((resolve) => sink.close(() => resolve()));
}
