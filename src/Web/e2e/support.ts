import { expect, request, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { TOTP } from 'otpauth';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const admin = { email: process.env.E2E_ADMIN_EMAIL!, password: process.env.E2E_ADMIN_PASSWORD! };
export const strongPassword = 'Purple elephants dance at noon 7';

let counter = 0;
/** An email nobody used yet in this run. */
export function uniqueEmail(name: string) {
  counter += 1;
  return `${name}.${Date.now().toString(36)}${counter}@e2e.example`;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel(/^(Email|E-mail)$/).fill(email);
  await page.getByLabel(/^(Password|Mot de passe)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
  // Signed in, or asked for the second factor: either way the password step is over.
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^(Sign in|Connexion)$/);
}

/** An API client signed in as someone, echoing the antiforgery cookie as the app does. */
export async function apiAs(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const anonymous = await request.newContext({ baseURL });
  const signedIn = await anonymous.post('/api/v1/auth/sign-in', { data: { email, password } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const session = await anonymous.storageState();
  await anonymous.dispose();
  const xsrf = session.cookies.find((c) => c.name === 'XSRF-TOKEN')!.value;
  return request.newContext({ baseURL, storageState: session, extraHTTPHeaders: { 'X-XSRF-TOKEN': xsrf } });
}

/** A user who accepted an invitation from the administrator, with the given roles, ready to sign in. */
export async function createUser(baseURL: string, roles: string[], name = 'Test User', timeZone = 'Europe/Paris') {
  const api = await apiAs(baseURL, admin.email, admin.password);
  const email = uniqueEmail(name.split(' ')[0]!.toLowerCase());
  const invited = await api.post('/api/v1/users/invitations', {
    data: { email, displayName: name, roles, language: 'en', timeZone },
  });
  expect(invited.status(), await invited.text()).toBe(201);
  const { invitationLink } = (await invited.json()) as { invitationLink: string };
  const fragment = new URLSearchParams(new URL(invitationLink).hash.slice(1));
  const accepted = await api.post('/api/v1/auth/invitations/accept', {
    data: { userId: fragment.get('user'), token: fragment.get('token'), password: strongPassword },
  });
  expect(accepted.status(), await accepted.text()).toBe(204);
  await api.dispose();
  return { email, password: strongPassword, name };
}

/**
 * A code of the authenticator app for this key that was not used yet: the API takes each code once, so after using
 * one the test waits for the next 30-second step.
 */
export async function freshTotp(sharedKey: string, used: Set<string>): Promise<string> {
  const totp = new TOTP({ secret: sharedKey.replace(/\s/g, ''), digits: 6, period: 30, algorithm: 'SHA1' });
  for (;;) {
    const code = totp.generate();
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** A six-digit code that is not the one the app shows now. */
export function wrongTotp(sharedKey: string): string {
  const current = new TOTP({ secret: sharedKey.replace(/\s/g, ''), digits: 6, period: 30, algorithm: 'SHA1' }).generate();
  return String((Number(current) + 500_000) % 1_000_000).padStart(6, '0');
}

/** Runs axe on the page as it is and fails on any serious or critical violation; the page's screenshot is attached. */
export async function expectAccessible(page: Page, testInfo: TestInfo, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await testInfo.attach(`${screen}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  expect(blocking.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), screen).toEqual([]);
}

/** The administrator created at first start speaks French (the default); most tests read the English interface. */
export async function adminSpeaks(baseURL: string, language: 'en' | 'fr') {
  const api = await apiAs(baseURL, admin.email, admin.password);
  const me = await api.get('/api/v1/me');
  const profile = (await me.json()) as { displayName: string; timeZone: string };
  const updated = await api.put('/api/v1/me/profile', {
    data: { displayName: profile.displayName, language, timeZone: profile.timeZone },
    headers: { 'If-Match': me.headers().etag! },
  });
  expect(updated.status(), await updated.text()).toBe(200);
  await api.dispose();
}

/** The first message the run's SMTP sink received that contains `text` (see global-setup.ts), waiting for it a while. */
/** The first `text/calendar` part of a raw mail (read as latin1 by `receivedMail`), its transfer encoding undone, as UTF-8. */
export function calendarPart(mail: string): string {
  const part = mail.split(/\r?\n--/).find((p) => /^Content-Type:\s*text\/calendar/im.test(p));
  if (part === undefined) throw new Error('The mail has no text/calendar part.');
  const [headers = '', ...body] = part.split(/\r?\n\r?\n/);
  const content = body.join('\r\n\r\n');
  if (/^Content-Transfer-Encoding:\s*base64/im.test(headers)) return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/^Content-Transfer-Encoding:\s*quoted-printable/im.test(headers)) {
    const bytes = content.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return Buffer.from(content, 'latin1').toString('utf8');
}

export async function receivedMail(text: string): Promise<string> {
  const folder = join(process.env.E2E_DATA!, 'mail');
  let found: string | undefined;
  await expect.poll(async () => {
    for (const name of await readdir(folder).catch(() => [])) {
      const message = await readFile(join(folder, name), 'latin1');
      if (message.includes(text)) found = message;
    }
    return found !== undefined;
  }, { message: `a mail containing ${text}` }).toBe(true);
  return found!;
}
