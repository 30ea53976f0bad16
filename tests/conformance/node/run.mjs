// The second conformance runner: the vectors of tests/conformance/vectors run against the
// minimal JavaScript port in jogg.mjs, following tests/conformance/README.md step by step.
// Node 20, built-ins only:   node tests/conformance/node/run.mjs [--json] [--verbose]
//
// Every vector file is read. A vector runs when the port has its call (see CALLS) and every
// argument marker it uses; the others are reported as skipped, with the reason. pending.json
// is the Python code's to-do list, not this port's: pending vectors run like any other.
// Exit status 0 when every vector that ran passed.

import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as jogg from "./jogg.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const VECTORS = join(HERE, "..", "vectors");
const API_KEY = "conformance-key";
const EPOCH = 1700000000;
const DEFAULTS = { max_retries: 2, timeout: 60, post_rate_limit: 20, base_url: "https://api.jogg.ai", jitter: 0 };

// Neutral names -> this port's: snake_case options become camelCase, and back for fields.
const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const snake = (s) => s.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
const neutralField = (path) => path.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (segment) => snake(segment));

// The calls this port has: (client, args, options) -> Promise of the result.
const OPTIONS = ["timeout", "max_retries", "extra_headers", "extra_query", "extra_body"]; // R-OPT-1
const retrieveVideo = (c, [id], o) => jogg.retrieveProductVideo(c, id, o);
const CALLS = {
  "product_videos.retrieve": { kwargs: [...OPTIONS], run: retrieveVideo },
  "product_videos.wait": {
    kwargs: ["timeout", "poll_interval"],
    run: (c, [id], o) => jogg.wait(c, waitId(id), () => jogg.retrieveProductVideo(c, id), o),
  },
  "product_videos.list": {
    kwargs: ["status", "sort_by", "sort_order", "page_size"],
    run: (c, args, o) => jogg.listProductVideos(c, o),
  },
  "products.create": {
    kwargs: ["name", "description", "target_audience", ...OPTIONS],
    run: (c, [url], o) => jogg.productsCreate(c, url, o),
  },
  "products.update": {
    kwargs: ["name", "description", "target_audience"],
    run: (c, [id], o) => jogg.productsUpdate(c, id, o),
  },
  "user.whoami": { kwargs: [...OPTIONS], run: (c, args, o) => jogg.whoami(c, o) },
  "lip_sync.retrieve": { kwargs: [], run: (c, [id]) => jogg.retrieveLipSync(c, id) },
  "lip_sync.wait": {
    kwargs: ["timeout", "poll_interval"],
    run: (c, [id], o) => jogg.wait(c, waitId(id), () => jogg.retrieveLipSync(c, id), o),
  },
  "photo_avatars.retrieve_photo": { kwargs: [], run: (c, [id]) => jogg.retrievePhoto(c, id) },
};
const waitId = (value) => (typeof value === "object" && value !== null ? value.id : String(value));

// {"$result": {"operation", "data"}}: the result this port reads from that answer.
const RESULTS = { get_product_video: (d) => jogg.productVideo(d), get_lip_sync_video: (d) => jogg.lipSyncVideo(d) };

function unsupported(vector) {
  if (vector.webhook) return null;
  const name = `${vector.call.resource}.${vector.call.method}`;
  const call = CALLS[name];
  if (!call) return `${name} is not ported`;
  const extra = Object.keys(vector.call.kwargs ?? {}).filter((k) => !call.kwargs.includes(k));
  if (extra.length) return `${name}(${extra.join(", ")}) is not ported`;
  const markers = JSON.stringify([vector.call.args ?? [], vector.call.kwargs ?? {}]);
  if (markers.includes('"$build"')) return "builders are not ported";
  if (markers.includes('"$file"')) return "uploads are not ported";
  for (const [, operation] of markers.matchAll(/"\$result":\{"operation":"([a-z_]+)"/g)) {
    if (!RESULTS[operation]) return `results of ${operation} are not ported`;
  }
  return null;
}

function resolve(value) {
  if (Array.isArray(value)) return value.map(resolve);
  if (value !== null && typeof value === "object") {
    if (value.$result) return RESULTS[value.$result.operation](value.$result.data);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  }
  return value;
}

// ---- the virtual clock and the scripted transport (README steps 1 and 3)
function virtualClock() {
  const clock = { now: 0, sleeps: [] };
  clock.monotonic = () => clock.now;
  clock.time = () => EPOCH + clock.now;
  clock.sleep = async (s) => { if (s > 0) { clock.sleeps.push(s); clock.now += s; } };
  return clock;
}

function scriptedTransport(exchanges, baseUrl) {
  const base = new URL(baseUrl);
  const state = { sent: 0, problems: [] };
  state.send = async (request) => {
    const index = state.sent++;
    if (index >= exchanges.length) {
      state.problems.push(`request ${index + 1} was not expected: ${request.method} ${request.url}`);
      throw new Error("unexpected request");
    }
    const { request: want, response } = exchanges[index];
    const problems = checkRequest(want, request, base);
    if (problems.length) {
      state.problems.push(`request ${index + 1} differs: ${problems.join("; ")}`);
      throw new Error("request differs");
    }
    if (response.failure) throw { failure: response.failure };
    const headers = Object.fromEntries(Object.entries(response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    const body = "json" in response ? JSON.stringify(response.json) : response.text ?? "";
    return { status: response.status ?? 200, headers, body };
  };
  return state;
}

function checkRequest(want, request, base) {
  const problems = [];
  const url = new URL(request.url);
  if (request.method !== want.method) problems.push(`method ${request.method} != ${want.method}`);
  const where = `${url.protocol}//${url.host}${url.pathname}`;
  const wanted = want.url ?? `${base.protocol}//${base.host}${want.path}`;
  if (where !== wanted) problems.push(`url ${where} != ${wanted}`);
  const query = request.query ? Object.fromEntries(Object.entries(request.query).map(([k, v]) => [k, String(v)])) : {};
  if (!jsonEqual(query, want.query ?? {})) problems.push(`query ${JSON.stringify(query)} != ${JSON.stringify(want.query ?? {})}`);
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  if ("json" in want) {
    const body = request.body === undefined ? undefined : JSON.parse(request.body);
    if (!jsonEqual(body, want.json)) problems.push(`json body ${request.body} != ${JSON.stringify(want.json)}`);
    if (headers["content-type"] !== "application/json") problems.push("a JSON body needs Content-Type: application/json");
  } else if (request.body !== undefined) problems.push(`unexpected body ${request.body.slice(0, 80)}`);
  for (const [name, value] of Object.entries(want.headers ?? {})) {
    if (headers[name.toLowerCase()] !== value) problems.push(`header ${name}: ${headers[name.toLowerCase()]} != ${value}`);
  }
  for (const name of want.absent_headers ?? []) if (name.toLowerCase() in headers) problems.push(`header ${name} must not be sent`);
  const toApi = url.host === base.host;
  if (toApi && headers["x-api-key"] !== API_KEY) problems.push("an API request must carry x-api-key");
  if (!toApi && "x-api-key" in headers) problems.push("the API key must never be sent to another host");
  return problems;
}

// Objects compare as maps (key order never matters), numbers by value.
function jsonEqual(a, b) {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a), kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return a === b;
}

// ---- run one vector (README steps 1, 2, 4)
async function run(vector) {
  if (vector.webhook) {
    const { payload, headers, secret } = vector.webhook;
    try {
      return { result: jogg.parseWebhook(Buffer.from(payload, "utf8"), headers, secret), requests: 0, sleeps: [] };
    } catch (error) {
      if (!(error instanceof jogg.JoggError)) throw error;
      return { error, requests: 0, sleeps: [] };
    }
  }
  const config = { ...DEFAULTS, ...(vector.config ?? {}) };
  const clock = virtualClock();
  const script = scriptedTransport(vector.exchanges ?? [], config.base_url);
  const outcome = {};
  try {
    const client = new jogg.Client({
      apiKey: API_KEY, baseUrl: config.base_url, timeout: config.timeout, maxRetries: config.max_retries,
      postRateLimit: config.post_rate_limit, clock, jitter: () => config.jitter, transport: script.send,
    });
    const call = CALLS[`${vector.call.resource}.${vector.call.method}`];
    const options = Object.fromEntries(Object.entries(vector.call.kwargs ?? {}).map(([k, v]) => [camel(k), resolve(v)]));
    outcome.result = await call.run(client, resolve(vector.call.args ?? []), options);
  } catch (error) {
    if (!(error instanceof jogg.JoggError)) {
      if (!script.problems.length) throw error;
    } else outcome.error = error;
  }
  return { ...outcome, requests: script.sent, sleeps: clock.sleeps, transportProblems: script.problems };
}

function renderError(error) {
  const rendered = { kind: error.kind };
  if (error.field !== undefined) rendered.field = neutralField(error.field);
  for (const name of ["code", "http_status", "rid", "job_id", "job"]) if (error[name] !== undefined) rendered[name] = error[name];
  return rendered;
}

// Subset match, as README "Neutral rendering and matching" says.
function mismatches(expected, actual, where = "") {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return [`${where || "value"}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) => (Object.hasOwn(actual, k) ? mismatches(v, actual[k], `${where}.${k}`) : [`${where}.${k}: missing`]));
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${where || "value"}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    return expected.flatMap((e, i) => mismatches(e, actual[i], `${where}[${i}]`));
  }
  if (typeof expected === "number" && typeof actual === "number") {
    return Math.abs(expected - actual) <= 1e-9 ? [] : [`${where}: ${actual} != ${expected}`];
  }
  return expected === actual ? [] : [`${where || "value"}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`];
}

function compare(vector, outcome) {
  const expect = vector.expect;
  const problems = [...(outcome.transportProblems ?? [])];
  if (outcome.requests !== expect.requests) problems.push(`sent ${outcome.requests} request(s), expected ${expect.requests}`);
  if (expect.error) {
    if (!outcome.error) problems.push(`expected ${expect.error.kind}, got result ${JSON.stringify(outcome.result)}`);
    else problems.push(...mismatches(expect.error, renderError(outcome.error), "error"));
  } else if (outcome.error) {
    problems.push(`unexpected ${outcome.error.kind}: ${outcome.error.message}`);
  } else if ("result" in expect) {
    problems.push(...mismatches(expect.result, outcome.result === undefined ? null : outcome.result, "result"));
  }
  if (expect.sleeps) problems.push(...mismatches(expect.sleeps, outcome.sleeps, "sleeps"));
  if (outcome.error) {
    const secrets = [API_KEY, vector.webhook?.secret].filter(Boolean);
    for (const s of secrets) if (outcome.error.message.includes(s)) problems.push(`the error message shows a secret: ${outcome.error.message}`);
  }
  return problems;
}

// ---- main
const args = new Set(process.argv.slice(2));
const report = { files: [], failures: [] };
for (const name of readdirSync(VECTORS).filter((f) => f.endsWith(".json")).sort()) {
  const document = JSON.parse(readFileSync(join(VECTORS, name), "utf8"));
  const entry = { file: name, ran: 0, passed: 0, ran_ids: [], skipped: {} };
  for (const vector of document.vectors) {
    const reason = unsupported(vector);
    if (reason) {
      (entry.skipped[reason] ??= []).push(vector.id);
      continue;
    }
    entry.ran++;
    entry.ran_ids.push(vector.id);
    let problems;
    try {
      problems = compare(vector, await run(vector));
    } catch (crash) {
      problems = [`crashed: ${crash && crash.stack ? crash.stack : crash}`];
    }
    if (problems.length) report.failures.push({ id: vector.id, file: name, problems });
    else entry.passed++;
  }
  report.files.push(entry);
}

if (args.has("--json")) {
  process.stdout.write(JSON.stringify(report, null, 2) + "\n");
} else {
  console.log("node conformance runner (tests/conformance/node): vectors passed per file");
  for (const f of report.files) {
    const skipped = Object.values(f.skipped).reduce((n, ids) => n + ids.length, 0);
    console.log(`  ${f.file.padEnd(16)} ${String(f.passed).padStart(4)} / ${String(f.ran).padEnd(4)} skipped ${skipped}`);
    for (const [reason, ids] of Object.entries(f.skipped)) {
      console.log(`      skipped (${reason}): ${args.has("--verbose") ? ids.join(", ") : ids.length + " vector(s)"}`);
    }
  }
  const ran = report.files.reduce((n, f) => n + f.ran, 0);
  const skipped = report.files.reduce((n, f) => n + Object.values(f.skipped).reduce((m, ids) => m + ids.length, 0), 0);
  console.log(`  ${"all".padEnd(16)} ${String(ran - report.failures.length).padStart(4)} / ${String(ran).padEnd(4)} skipped ${skipped}`);
  for (const failure of report.failures) console.log(`FAILED ${failure.id} (${failure.file}):\n  ${failure.problems.join("\n  ")}`);
}
process.exitCode = report.failures.length ? 1 : 0;
