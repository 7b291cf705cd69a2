import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractLinks, startDevMailbox } from './dev-mailbox.mjs';

test('extractLinks finds each http(s) link once, in text and HTML, without trailing punctuation', () => {
  const body = 'Open http://localhost:3000/verify-email?token=abc. Or <a href="https://kopa.lv/a?b=1&amp;c=2">here</a>, https://kopa.lv/a?b=1&c=2';
  assert.deepEqual(extractLinks(body), ['http://localhost:3000/verify-email?token=abc', 'https://kopa.lv/a?b=1&c=2']);
  assert.deepEqual(extractLinks('no links, ftp://x'), []);
});

/** A minimal SMTP client: enough to hand the mailbox one message. */
function sendMail(url, { from, to, data }) {
  const { hostname, port } = new URL(url);
  const commands = [`EHLO test`, `MAIL FROM:<${from}>`, `RCPT TO:<${to}>`, 'DATA', `${data}\r\n.`, 'QUIT'];
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let buffer = '';
    socket.on('error', reject);
    socket.on('close', resolve);
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      // Every reply ends with a line "NNN text"; "NNN-" lines continue it.
      const lines = buffer.split('\r\n');
      buffer = lines.pop();
      for (const line of lines) {
        if (/^\d{3} /.test(line)) {
          if (/^[45]/.test(line)) return reject(new Error(line));
          const next = commands.shift();
          if (next) socket.write(`${next}\r\n`);
        }
      }
    });
  });
}

test('the dev mailbox keeps each message as an .eml file and reports recipient, subject and links', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kopa-mailbox-'));
  const logged = [];
  const mailbox = await startDevMailbox((line) => logged.push(line), { dir });
  try {
    const data = [
      'From: Kopa <no-reply@kopa.local>',
      'To: anna@example.lv',
      'Subject: =?UTF-8?B?QXBzdGlwcmluaWV0IGUtcGFzdHU=?=',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Atveriet http://localhost:3000/verify-email?token=t0k3n lai apstiprinātu.',
    ].join('\r\n');
    await sendMail(mailbox.url, { from: 'no-reply@kopa.local', to: 'anna@example.lv', data });
    for (let i = 0; i < 50 && logged.length === 0; i++) await new Promise((r) => setTimeout(r, 20));

    const files = readdirSync(dir);
    assert.equal(files.length, 1);
    assert.match(files[0], /^\d{8}T\d{6}-\d{3}Z-anna@example\.lv\.eml$/);
    assert.match(readFileSync(join(dir, files[0]), 'utf8'), /verify-email\?token=t0k3n/);
    assert.equal(logged.length, 1);
    assert.match(logged[0], /^Mail to anna@example\.lv: Apstipriniet e-pastu\n/);
    assert.match(logged[0], /\n {4}http:\/\/localhost:3000\/verify-email\?token=t0k3n\n/);
  } finally {
    await mailbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
