#!/usr/bin/env node
// Subscribe over WebSocket with graphql-ws (sub-protocol "graphql-transport-ws").
//
// Usage: node subscribe.mjs WS_URL QUERY VARIABLES_JSON CONNECTION_PARAMS_JSON COUNT TIMEOUT_SECONDS
//   e.g. node subscribe.mjs ws://127.0.0.1:8000/graphql 'subscription { ticks }' '{}' '{"token":"t"}' 3 10
//   VARIABLES_JSON / CONNECTION_PARAMS_JSON: a JSON object, or '' / 'null' for none.
//
// stdout: "READY" once the server acknowledged the connection (ConnectionAck),
//   then each received payload ({"data": ..., "errors": ...}) as one JSON line.
// exit 0 after COUNT payloads (COUNT 0: right after READY).
// exit 1 on error, early completion or timeout; a one-line message goes to stderr
//   ("subscribe.mjs: ...").
// exit 2 on bad arguments.
//
// Caveat: READY means the connection is acknowledged. The subscribe message is sent
// right after, but the protocol has no acknowledgement for it, so an event published
// within a few milliseconds of READY may be published before the server registered
// the subscription.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const USAGE =
  'usage: node subscribe.mjs WS_URL QUERY VARIABLES_JSON CONNECTION_PARAMS_JSON COUNT TIMEOUT_SECONDS';

// Writes to a pipe are synchronous on Linux; still wait for the callback before exiting
// so nothing is lost on other platforms.
function write(stream, text) {
  return new Promise((resolve) => stream.write(text, resolve));
}

let finishing = false;
let client = null;
async function finish(code, message) {
  if (finishing) return;
  finishing = true;
  if (message) await write(process.stderr, `subscribe.mjs: ${message}\n`);
  try {
    client?.terminate(); // close the socket immediately, no lazy-close wait
  } catch {
    // ignore
  }
  await write(process.stdout, '');
  process.exit(code);
}

async function usageError(message) {
  await write(process.stderr, `subscribe.mjs: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseJsonObject(text, what) {
  if (text === undefined || text === '' || text === 'null') return undefined;
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`${what} is not valid JSON: ${err.message}`);
  }
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    throw new Error(`${what} must be a JSON object`);
  }
  return value ?? undefined;
}

function describeError(err) {
  if (Array.isArray(err)) {
    // GraphQL errors sent in an "error" message (e.g. validation failure)
    return 'graphql errors: ' + JSON.stringify(err);
  }
  if (err && typeof err === 'object' && 'code' in err && 'reason' in err && !(err instanceof Error)) {
    // CloseEvent
    return `connection closed: code ${err.code}${err.reason ? ` reason ${JSON.stringify(err.reason)}` : ''}`;
  }
  if (err instanceof Error) {
    return `${err.name}: ${err.message}${err.code ? ` (${err.code})` : ''}`;
  }
  if (err && typeof err === 'object' && 'message' in err) {
    // ws ErrorEvent
    return `websocket error: ${err.message}${err.error?.code ? ` (${err.error.code})` : ''}`;
  }
  return String(err);
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv.length !== 6) {
    return usageError(`expected 6 arguments, got ${argv.length}`);
  }
  const [url, query, variablesArg, paramsArg, countArg, timeoutArg] = argv;
  let variables;
  let connectionParams;
  try {
    const u = new URL(url);
    if (u.protocol !== 'ws:' && u.protocol !== 'wss:') throw new Error(`URL must be ws:// or wss://: ${url}`);
    variables = parseJsonObject(variablesArg, 'VARIABLES_JSON');
    connectionParams = parseJsonObject(paramsArg, 'CONNECTION_PARAMS_JSON');
  } catch (err) {
    return usageError(err.message);
  }
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 0) return usageError(`COUNT must be an integer >= 0: ${countArg}`);
  const timeoutSeconds = Number(timeoutArg);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    return usageError(`TIMEOUT_SECONDS must be a number > 0: ${timeoutArg}`);
  }
  if (!query.trim()) return usageError('QUERY is empty');

  let received = 0;
  let socketError = null; // e.g. "connect ECONNREFUSED ..." (the close event itself only says 1006)
  const why = (err) =>
    `${describeError(err)}${socketError ? `; ${socketError}` : ''}; received ${received}/${count} payloads`;
  setTimeout(() => {
    finish(1, `timeout after ${timeoutSeconds}s: received ${received}/${count} payloads`);
  }, timeoutSeconds * 1000);

  client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: true,
    retryAttempts: 0, // fail fast: a test wants the first error, not a reconnect loop
    on: {
      connected: () => {
        write(process.stdout, 'READY\n').then(() => {
          if (count === 0) finish(0);
        });
      },
      error: (err) => {
        socketError = describeError(err);
      },
      closed: (event) => {
        if (!finishing && received < count) finish(1, why(event));
      },
    },
  });

  client.subscribe(
    { query, variables },
    {
      next: (payload) => {
        if (finishing || received >= count) return; // ignore extra payloads after COUNT
        received += 1;
        const last = received >= count;
        write(process.stdout, JSON.stringify(payload) + '\n').then(() => {
          if (last) finish(0);
        });
      },
      error: (err) => {
        if (received >= count) return; // already done, exiting after the last write
        finish(1, why(err));
      },
      complete: () => {
        if (!finishing && received < count) {
          finish(1, `subscription completed after ${received}/${count} payloads`);
        }
      },
    },
  );
}

main().catch((err) => finish(1, describeError(err)));
