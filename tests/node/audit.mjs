#!/usr/bin/env node
// Run graphql-http's GraphQL-over-HTTP server audits against a running server.
//
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql [perRequestTimeoutSeconds=10]
//
// stdout, exit 0 (the audit ran; the caller judges the results): one JSON document
//   {"results": [{"id", "name", "status", "reason"}...],
//    "summary": {"ok": n, "notice": n, "warn": n, "error": n}}
//   name starts with MUST / SHOULD / MAY exactly as graphql-http names it.
//   status is graphql-http's: "ok", or on failure "error" (MUST), "warn" (SHOULD),
//   "notice" (MAY). reason is null when status is "ok".
// exit 2 on a crash (bad arguments, server unreachable, request timeout, any
//   non-assertion error thrown by an audit): stdout gets one JSON document
//   {"error": message, "auditId": id-or-null, "auditName": name-or-null}, and the
//   message also goes to stderr.
//
// Audits run one after another (not concurrently like graphql-http's auditServer),
// so a small single-threaded test server is not flooded and the order is stable.
import { serverAudits } from 'graphql-http';

const USAGE = 'usage: node audit.mjs http://127.0.0.1:PORT/graphql [perRequestTimeoutSeconds]';

function write(stream, text) {
  return new Promise((resolve) => stream.write(text, resolve));
}

function describe(err) {
  if (!(err instanceof Error)) return String(err);
  let msg = `${err.name}: ${err.message}`;
  // undici's "fetch failed" hides the useful part (ECONNREFUSED, ...) in err.cause
  let cause = err.cause;
  while (cause) {
    msg += ` (cause: ${cause.code ? cause.code + ' ' : ''}${cause.message ?? cause})`;
    cause = cause.cause;
  }
  return msg;
}

async function crash(message, audit = null) {
  await write(process.stderr, `audit.mjs: ${message}\n`);
  await write(
    process.stdout,
    JSON.stringify({ error: message, auditId: audit?.id ?? null, auditName: audit?.name ?? null }) + '\n',
  );
  process.exit(2);
}

async function main() {
  const [url, timeoutArg] = process.argv.slice(2);
  if (!url || url === '-h' || url === '--help') {
    return crash(`missing URL; ${USAGE}`);
  }
  try {
    new URL(url);
  } catch {
    return crash(`invalid URL ${JSON.stringify(url)}; ${USAGE}`);
  }
  const timeoutMs = Math.round(1000 * (timeoutArg === undefined ? 10 : Number(timeoutArg)));
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    return crash(`invalid timeout ${JSON.stringify(timeoutArg)}; ${USAGE}`);
  }

  // Global fetch (undici) with a per-request timeout so a hung server cannot hang the test.
  const fetchFn = (input, init = {}) =>
    fetch(input, { ...init, signal: init.signal ?? AbortSignal.timeout(timeoutMs) });

  const audits = serverAudits({ url, fetchFn });
  const results = [];
  for (const audit of audits) {
    let res;
    try {
      res = await audit.fn();
    } catch (err) {
      return crash(`audit ${audit.id} (${audit.name}) crashed: ${describe(err)}`, audit);
    }
    results.push({
      id: res.id,
      name: res.name,
      status: res.status,
      reason: res.status === 'ok' ? null : (res.reason ?? null),
    });
  }
  const summary = { ok: 0, notice: 0, warn: 0, error: 0 };
  for (const r of results) summary[r.status] = (summary[r.status] ?? 0) + 1;
  await write(process.stdout, JSON.stringify({ results, summary }) + '\n');
  process.exit(0);
}

main().catch((err) => crash(describe(err)));
