import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';

/**
 * The smallest SMTP server the host can send to: it accepts every message and writes it, as received, to
 * `<folder>/<n>.eml`, for the specs to read (they run in other processes than this one).
 */
export function startSmtpSink(port: number, folder: string): Promise<Server> {
  mkdirSync(folder, { recursive: true });
  let received = 0;
  const server = createServer((socket) => {
    // latin1 keeps every byte as one character, so the file holds the message exactly as sent.
    socket.setEncoding('latin1');
    let pending = '';
    let message: string | null = null;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 e2e SMTP sink');
    socket.on('data', (chunk: string) => {
      pending += chunk;
      for (;;) {
        if (message !== null) {
          const end = pending.indexOf('\r\n.\r\n');
          if (end < 0) return;
          message += pending.slice(0, end + 2);
          pending = pending.slice(end + 5);
          received += 1;
          writeFileSync(join(folder, `${received}.eml`), message.replace(/^\.\./gm, '.'), 'latin1');
          message = null;
          reply('250 Kept');
          continue;
        }
        const eol = pending.indexOf('\r\n');
        if (eol < 0) return;
        const line = pending.slice(0, eol);
        pending = pending.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'DATA') {
          message = '';
          reply('354 End with <CRLF>.<CRLF>');
        } else if (verb === 'QUIT') {
          reply('221 Bye');
          socket.end();
          return;
        } else if (['EHLO', 'HELO', 'MAIL', 'RCPT', 'RSET', 'NOOP'].includes(verb)) reply('250 OK');
        else reply('502 Not implemented');
      }
    });
    socket.on('error', () => socket.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
