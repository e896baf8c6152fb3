#!/usr/bin/env node
// Compose Apollo Federation 2 subgraph SDLs into a supergraph.
//
// Usage: node compose.mjs name1=path1.graphql name2=path2.graphql ...
//
// stdout: exactly one JSON line
//   success (exit 0): {"ok": true, "supergraphSdlLength": N, "hints": [msg...], "hintCodes": [code...]}
//   failure (exit 1): {"ok": false, "errors": [msg...], "errorCodes": [code...]}
// Bad command line (exit 2): usage text on stderr, nothing on stdout.
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';

const USAGE = 'usage: node compose.mjs name1=path1.graphql name2=path2.graphql ...';

function emit(obj, code) {
  process.stdout.write(JSON.stringify(obj) + '\n', () => process.exit(code));
}

function fail(errors, errorCodes) {
  emit({ ok: false, errors, errorCodes: errorCodes ?? errors.map(() => null) }, 1);
}

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
  process.stderr.write(USAGE + '\n');
  process.exit(2);
}

const specs = [];
for (const arg of args) {
  const eq = arg.indexOf('=');
  if (eq <= 0 || eq === arg.length - 1) {
    process.stderr.write(`bad argument ${JSON.stringify(arg)} (expected name=path)\n${USAGE}\n`);
    process.exit(2);
  }
  specs.push({ name: arg.slice(0, eq), path: arg.slice(eq + 1) });
}

const services = [];
const loadErrors = [];
const loadCodes = [];
for (const { name, path } of specs) {
  let sdl;
  try {
    sdl = readFileSync(path, 'utf8');
  } catch (err) {
    loadErrors.push(`[${name}] cannot read ${path}: ${err.message}`);
    loadCodes.push('READ_ERROR');
    continue;
  }
  try {
    services.push({ name, typeDefs: parse(sdl), url: 'http://localhost/' + name });
  } catch (err) {
    loadErrors.push(`[${name}] ${err.message}`);
    loadCodes.push('SDL_PARSE_ERROR');
  }
}

if (loadErrors.length > 0) {
  fail(loadErrors, loadCodes);
} else {
  let result;
  try {
    result = composeServices(services);
  } catch (err) {
    // composeServices normally reports problems in result.errors; a throw is unexpected.
    result = { errors: [err] };
  }
  if (result.errors && result.errors.length > 0) {
    fail(
      result.errors.map((e) => String(e?.message ?? e)),
      result.errors.map((e) => e?.extensions?.code ?? null),
    );
  } else {
    const hints = result.hints ?? [];
    emit(
      {
        ok: true,
        supergraphSdlLength: result.supergraphSdl.length,
        hints: hints.map((h) => h.message),
        hintCodes: hints.map((h) => h.definition?.code ?? null),
      },
      0,
    );
  }
}
