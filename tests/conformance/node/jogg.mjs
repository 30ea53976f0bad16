// A minimal port of the jogg facade to JavaScript, written from docs/facade.md alone:
// the transport rules (envelope, error kinds, retries, the POST rule, Retry-After, the POST
// throttle), the reading rules (grammars of R-PARSE-2/4, statuses, lists, pagination,
// waiting) and webhook parsing, for the few operations run.mjs drives. Built-ins only.
//
// It exists to prove that the conformance vectors are language-neutral: it shares no code
// and no names with the Python package, and spells things the JavaScript way (camelCase
// options and field paths, one error class with a `kind` instead of a class hierarchy).

import { createHmac, timingSafeEqual } from "node:crypto";

// ---- errors (§4): one class; the kind tree is data
const PARENT = {
  validation: "jogg", api: "jogg", job_failed: "jogg", wait_timeout: "jogg", wait_after_create: "jogg",
  webhook_verification: "jogg", webhook_payload: "jogg",
  authentication: "api", permission_denied: "api", not_found: "api",
  insufficient_credit: "api", invalid_request: "api", rate_limit: "api", server: "api",
  connection: "api", timeout: "connection",
};

export class JoggError extends Error {
  constructor(kind, message, attributes = {}) {
    super(message);
    this.kind = kind;
    Object.assign(this, attributes);
  }
  is(kind) {
    for (let k = this.kind; k; k = PARENT[k]) if (k === kind) return true;
    return false;
  }
}

const invalid = (field, value, expected) =>
  new JoggError("validation", `${field}: expected ${expected}`, { field, value, expected });

const KIND_BY_CODE = { 10105: "authentication", 18025: "permission_denied", 10104: "not_found",
  18020: "insufficient_credit", 40000: "invalid_request", 429: "rate_limit", 50000: "server" };
const KIND_BY_STATUS = { 400: "invalid_request", 401: "authentication", 403: "permission_denied",
  404: "not_found", 422: "invalid_request", 429: "rate_limit" };

function kindFor(code, status) {
  if (code !== null && KIND_BY_CODE[code]) return KIND_BY_CODE[code];
  if (KIND_BY_STATUS[status]) return KIND_BY_STATUS[status];
  return status >= 500 ? "server" : "api";
}

// ---- grammars (R-PARSE-2, R-PARSE-4, R-STATUS-1, R-RETRY-6)
const INTEGER_TEXT = /^-?[0-9]+$/;
const NUMBER_TEXT = /^-?[0-9]+(\.[0-9]+)?$/;
const DIGITS = /^[0-9]+$/;
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const whole = (v) => (typeof v === "number" && Number.isSafeInteger(v) ? v : null);

export function readInteger(v) {
  if (typeof v === "string") {
    if (!INTEGER_TEXT.test(v)) return null;
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : null;
  }
  return whole(v);
}

export function readNumber(v) {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && NUMBER_TEXT.test(v)) {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

export function readText(v) {
  if (typeof v === "string") return v;
  const n = whole(v);
  return n === null ? null : String(n);
}

const first = (obj, keys, read) => {
  for (const key of keys) {
    const value = read(obj[key]);
    if (value !== null && value !== undefined) return value;
  }
  return null;
};
const text = (obj, ...keys) => first(obj, keys, readText);
const integer = (obj, ...keys) => first(obj, keys, readInteger);
const number = (obj, ...keys) => first(obj, keys, readNumber);
const child = (obj, key) => (isObject(obj[key]) ? obj[key] : {});
const strings = (obj, key) =>
  Array.isArray(obj[key]) ? obj[key].filter((s) => typeof s === "string" && s !== "") : [];

const LAST_MS = 253402300799999;
const instant = (ms) => (ms >= 0 && ms <= LAST_MS ? ms : null); // a time is epoch milliseconds

function timeFromNumber(v) {
  if (!Number.isFinite(v)) return null;
  const ms = v > 100000000000 ? v : v * 1000;
  return instant(Math.floor(ms + 0.5));
}

const TIME = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(Z|([+-])([0-9]{2}):([0-9]{2}))?)?$/;
const daysIn = (y, m) => [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
  31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

export function readTime(v) {
  if (typeof v === "boolean" || v === null || v === undefined) return null;
  if (typeof v === "number") return timeFromNumber(v);
  if (typeof v !== "string") return null;
  if (DIGITS.test(v)) {
    const n = Number(v);
    return Number.isSafeInteger(n) ? timeFromNumber(n) : null;
  }
  const m = TIME.exec(v);
  if (!m) return null;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((x) => (x === undefined ? 0 : Number(x)));
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  let ms = Date.UTC(y, mo - 1, d, h, mi, s);
  if (y < 100) return null; // Date.UTC maps years 0-99 to 1900-1999; all such times are before 1970
  if (m[9]) {
    const oh = Number(m[10]), om = Number(m[11]);
    if (oh > 23 || om > 59) return null;
    ms -= (m[9] === "+" ? 1 : -1) * (oh * 60 + om) * 60000;
  }
  const fraction = (m[7] ?? "").padEnd(3, "0").slice(0, 3);
  return instant(ms + Number(fraction));
}

export function renderTime(ms) {
  const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  return ms % 1000 === 0 ? iso.slice(0, 19) + "Z" : iso;
}

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const IMF_FIXDATE = /^([A-Za-z]{3}), ([0-9]{2}) ([A-Za-z]{3}) ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT$/;
const RETRY_AFTER_CAP = 60;

export function retryAfterSeconds(value, nowSeconds) {
  if (value === undefined || value === null) return null;
  const v = value.replace(/^[ \t]+|[ \t]+$/g, "");
  if (DIGITS.test(v)) {
    // Compared as text: a value beyond any integer type is still just "more than 60".
    const digits = v.replace(/^0+(?=.)/, "");
    return digits.length > 2 ? RETRY_AFTER_CAP : Math.min(Number(digits), RETRY_AFTER_CAP);
  }
  const m = IMF_FIXDATE.exec(v);
  if (!m || !DAY_NAMES.includes(m[1]) || !MONTHS.includes(m[3])) return null;
  const [d, y, h, mi, s] = [m[2], m[4], m[5], m[6], m[7]].map(Number);
  const mo = MONTHS.indexOf(m[3]) + 1;
  if (d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  const when = Date.UTC(y, mo - 1, d, h, mi, s) / 1000;
  return Math.max(0, Math.min(when - nowSeconds, RETRY_AFTER_CAP));
}

// ---- statuses (R-STATUS-1/2)
const STATES = {
  pending: "pending", queued: "pending", waiting: "pending",
  processing: "processing", in_progress: "processing", running: "processing", generating: "processing",
  completed: "completed", complete: "completed", success: "completed", succeeded: "completed", done: "completed",
  failed: "failed", failure: "failed", error: "failed",
};
const STATE_BY_CODE = ["processing", "completed", "failed", "processing", "completed", "failed"];

export function readState(v) {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v <= 5 ? STATE_BY_CODE[v] : "unknown";
  if (typeof v !== "string") return "unknown";
  const key = v.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, "");
  if (!/^[\x00-\x7f]*$/.test(key)) return "unknown";
  if (DIGITS.test(key)) return readState(Number(key));
  return Object.hasOwn(STATES, key.toLowerCase()) ? STATES[key.toLowerCase()] : "unknown";
}

function jobState(obj, hasError, key = "status") {
  if (!Object.hasOwn(obj, key)) return hasError ? "failed" : "pending";
  const state = readState(obj[key]);
  return state === "unknown" && hasError ? "failed" : state;
}

// R-PARSE-5
function jobError(value) {
  if (typeof value === "string") return value.trim() ? { message: value, code: null } : null;
  if (isObject(value)) {
    const message = text(value, "message", "msg", "error");
    const code = text(value, "code");
    return message !== null || code !== null ? { message, code } : null;
  }
  return null;
}
const firstError = (obj, ...keys) => keys.map((k) => jobError(obj[k])).find((e) => e) ?? null;

// ---- results (§11): plain objects named as the neutral rendering
function asObject(data, what) {
  if (!isObject(data)) throw new JoggError("api", `expected a JSON object for ${what}`);
  return data;
}

export function productVideo(data, id = null) {
  const obj = asObject(data, "a product video");
  const error = firstError(obj, "error", "err_msg", "error_msg");
  return {
    id: text(obj, "video_id", "product_video_id", "id") ?? id ?? "",
    status: jobState(obj, error !== null),
    title: text(obj, "title", "name"),
    video_url: text(obj, "video_url", "url"),
    cover_url: text(obj, "cover_url"),
    duration: number(obj, "duration", "video_duration", "duration_seconds"),
    created_at: readTimeOf(obj, "created_at"),
    deducted_credit: number(obj, "deducted_credit"),
    error,
  };
}

function readTimeOf(obj, ...keys) {
  const ms = first(obj, keys, readTime);
  return ms === null ? null : renderTime(ms);
}

export function lipSyncVideo(data, id = null) {
  const obj = asObject(data, "a lip-sync task");
  const inner = child(obj, "data");
  const error = firstError(obj, "error", "err_msg");
  return {
    id: text(obj, "task_id", "id") ?? id ?? "",
    status: jobState(obj, error !== null),
    video_url: text(inner, "result_url", "video_url") ?? text(obj, "result_url", "video_url"),
    cover_url: text(inner, "cover_url") ?? text(obj, "cover_url"),
    duration: number(inner, "duration_seconds") || number(obj, "duration"),
    created_at: readTimeOf(obj, "created_at"),
    completed_at: readTimeOf(obj, "completed_at"),
    error,
  };
}

export function avatarPhoto(data, id = null) {
  const obj = asObject(data, "a photo generation");
  const error = firstError(obj, "error", "error_msg");
  const status = jobState(obj, error !== null);
  return {
    id: text(obj, "photo_id", "id") ?? id ?? "",
    status,
    image_urls: strings(obj, "image_url_list"),
    image_keys: strings(obj, "image_key_list"),
    error: error ?? (status === "failed" ? jobError(obj.msg) : null),
  };
}

export function product(data) {
  const obj = asObject(data, "a product");
  return {
    id: text(obj, "product_id", "id"), name: text(obj, "name"), url: text(obj, "url"),
    description: text(obj, "description"), target_audience: text(obj, "target_audience"),
    media: (Array.isArray(obj.media) ? obj.media.filter(isObject) : []).map(productMedia),
  };
}

function productMedia(obj) {
  const code = integer(obj, "type");
  const kind = code !== null ? ({ 1: "image", 2: "video" }[code] ?? null) : text(obj, "type");
  return { kind, url: text(obj, "url"), name: text(obj, "name"), description: text(obj, "description") };
}

// ---- the client
const BACKOFF_CAP = 8, BACKOFF_BASE = 0.5, POST_WINDOW = 61; // 60 s, plus the 1 s margin (R-THROTTLE-2)
const NOT_SENT = new Set(["connect_error", "connect_timeout", "pool_timeout"]);

function isLoopback(host) {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}

export class Client {
  // transport(request) -> Promise<{status, headers, body}>; it rejects with
  // {failure: "connect_error" | "connect_timeout" | "read_timeout" | "connection_reset"}.
  constructor({ apiKey, baseUrl = "https://api.jogg.ai", timeout = 60, maxRetries = 2,
    postRateLimit = 20, clock, jitter = Math.random, transport }) {
    let url;
    try { url = new URL(baseUrl.trim()); } catch { throw invalid("baseUrl", baseUrl, "an absolute https:// URL"); }
    if (!["http:", "https:"].includes(url.protocol) || !url.hostname) throw invalid("baseUrl", baseUrl, "an absolute https:// URL");
    if (url.protocol === "http:" && !isLoopback(url.hostname)) throw invalid("baseUrl", baseUrl, "an https:// URL");
    if (typeof timeout !== "number" || !(timeout > 0)) throw invalid("timeout", timeout, "a positive number");
    if (!Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > 10) throw invalid("maxRetries", maxRetries, "an integer 0..10");
    if (postRateLimit !== null && (!Number.isInteger(postRateLimit) || postRateLimit < 1)) throw invalid("postRateLimit", postRateLimit, "an integer >= 1 or null");
    Object.assign(this, { apiKey, baseUrl: baseUrl.trim().replace(/\/+$/, ""), maxRetries, postRateLimit, clock, jitter, transport });
    this.starts = [];
  }

  // R-THROTTLE-2: book a start at max(now, start[-limit] + 61); the wait until then.
  reserve() {
    if (this.postRateLimit === null) return 0;
    const now = this.clock.monotonic();
    const n = this.starts.length, limit = this.postRateLimit;
    const start = n >= limit ? Math.max(now, this.starts[n - limit] + POST_WINDOW) : now;
    this.starts.push(start);
    this.starts.splice(0, Math.max(0, this.starts.length - limit));
    return start - now;
  }

  async call({ operation, method, path, query, body, returnsData = true, parse = (d) => d, options = {} }) {
    // R-OPT-2: the extras are merged last, key by key, so they win; R-OPT-3: the key and
    // Accept are the client's whatever the call's headers say.
    if (options.extraQuery) query = { ...(query ?? {}), ...options.extraQuery };
    if (options.extraBody) body = { ...(isObject(body) ? body : {}), ...options.extraBody };
    const headers = { "user-agent": "jogg-node-conformance/0" };
    for (const [name, value] of Object.entries(options.extraHeaders ?? {})) headers[name.toLowerCase()] = value;
    Object.assign(headers, { "x-api-key": this.apiKey, accept: "application/json" });
    const request = { method, url: this.baseUrl + path, query, operation, headers,
      body: body === undefined ? undefined : JSON.stringify(body) };
    if (body !== undefined) request.headers["content-type"] = "application/json";
    const maxRetries = options.maxRetries ?? this.maxRetries;
    for (let attempt = 0; ; attempt++) {
      if (method === "POST") {
        const wait = this.reserve();
        if (wait > 0) await this.clock.sleep(wait);
      }
      let error, retryable, response, retryAfter = null;
      try {
        response = await this.transport(request);
      } catch (e) {
        if (!e || !e.failure) throw e;
        const timedOut = e.failure.endsWith("timeout");
        error = new JoggError(timedOut ? "timeout" : "connection", `${method} ${path} failed (${e.failure})`,
          { code: null, http_status: null, rid: null, operation });
        retryable = method !== "POST" || NOT_SENT.has(e.failure); // R-POST-2
      }
      if (response) {
        try {
          return wrapParse(parse, readEnvelope(response, operation, returnsData), response.status);
        } catch (e) {
          if (!(e instanceof JoggError)) throw e;
          error = e;
          retryable = isRetryable(method, e);
          retryAfter = retryAfterSeconds(response.headers["retry-after"], this.clock.time());
        }
      }
      if (!retryable || attempt >= maxRetries) throw error;
      const delay = retryAfter ?? Math.min(BACKOFF_CAP, BACKOFF_BASE * 2 ** attempt) * (0.5 + this.jitter() / 2);
      await this.clock.sleep(delay);
    }
  }
}

function wrapParse(parse, data, status) {
  try {
    return parse(data);
  } catch (e) {
    if (e instanceof JoggError && e.kind === "api") { e.http_status = status; e.code ??= null; }
    throw e;
  }
}

// R-RETRY-1, R-POST-1, R-POST-3
function isRetryable(method, error) {
  if (error.kind === "rate_limit" || error.http_status === 429) return true;
  if (method === "POST") return false;
  if (error.code === 429 || error.code === 50000) return true;
  return error.http_status === 408 || error.http_status >= 500;
}

// R-ENV-1..4, R-ERR-1..5
function readEnvelope(response, operation, returnsData) {
  const { status, headers } = response;
  const fail = (kind, message, extra = {}) =>
    new JoggError(kind, `${operation}: ${message}`, { code: null, http_status: status, rid: null, operation, ...extra });
  if (status >= 300 && status < 400) throw fail("api", "a redirect, not followed");
  let body;
  try { body = JSON.parse(response.body); } catch { body = undefined; }
  if (!isObject(body)) throw fail(status >= 400 ? kindFor(null, status) : "api", "an answer that is not a JSON object");
  const code = readInteger(body.code);
  const rid = (typeof body.rid === "string" && body.rid) || headers["x-request-id"] || null;
  const message = [body.msg, body.message].find((m) => typeof m === "string" && m) ?? `request failed with HTTP ${status}`;
  if ((code !== null && code !== 0) || status >= 400) throw fail(kindFor(code || null, status), message, { code, rid });
  if (code === null) throw fail("api", "no business code", { rid });
  if (returnsData && (body.data === null || body.data === undefined)) throw fail("api", "success without data", { code, rid });
  return body.data;
}

// R-OPT-1, R-OPT-4: per-call options, checked before anything is sent.
const OPTION_NAMES = ["timeout", "maxRetries", "extraHeaders", "extraQuery", "extraBody"];
export function checkOptions(options) {
  for (const [name, value] of Object.entries(options)) {
    if (!OPTION_NAMES.includes(name)) throw invalid(name, value, "an option among " + OPTION_NAMES.join(", "));
    if (name === "timeout" && (typeof value !== "number" || !(value > 0))) throw invalid(name, value, "a positive number");
    if (name === "maxRetries" && (!Number.isInteger(value) || value < 0 || value > 10)) throw invalid(name, value, "an integer 0..10");
    if (["extraHeaders", "extraQuery", "extraBody"].includes(name) && !isObject(value)) throw invalid(name, value, "an object");
    if (name === "extraHeaders") {
      for (const [header, text] of Object.entries(value)) {
        if (typeof text !== "string" || !/^[\x00-\x7f]*$/.test(header + text)) throw invalid(name, value, "ASCII header names and values");
        if (header.trim().toLowerCase() === "x-api-key") throw invalid(`${name}[${header}]`, "<hidden>", "not the API key header");
      }
    }
  }
  return options;
}
const split = (keyword, names) => {
  const own = {}, options = {};
  for (const [k, v] of Object.entries(keyword)) (names.includes(k) ? own : options)[k] = v;
  return [own, checkOptions(options)];
};

// ---- resources the runner drives
// R-VAL-8: "." and ".." would address another path; over-long ids and control characters
// are no ids the API hands out.
function jobId(field, value) {
  if (isObject(value) && typeof value.id === "string") value = value.id;
  if (Number.isInteger(value)) return String(value);
  if (typeof value !== "string") throw invalid(field, value, "a string");
  if (isBlank(value)) throw invalid(field, value, "a non-empty string");
  if ([".", ".."].includes(value.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, ""))) throw invalid(field, value, "an id, not '.' or '..'");
  if (value.length > 256) throw invalid(field, value, "an id of at most 256 characters");
  if (/[\u0000-\u001f\u007f]/.test(value)) throw invalid(field, value, "an id without control characters");
  return value;
}

// R-POST-4: a create answer must name what it created, else the job may exist.
const naming = (parse) => (data) => {
  const created = parse(data);
  if (created.id === null || created.id === "") {
    throw new JoggError("api", "the answer names no id for what it created; the job may exist", { code: null, rid: null, job_may_exist: true });
  }
  return created;
};
const enc = encodeURIComponent;

function checkUrl(field, value) {
  if (typeof value !== "string") throw invalid(field, value, "a string");
  if (/[\t\n\v\f\r ]/.test(value) || !/^https?:\/\/[^/?#]+/i.test(value)) throw invalid(field, value, "an absolute http(s) URL without spaces");
  return value;
}
const isBlank = (value) => /^[\t\n\v\f\r ]*$/.test(value); // ASCII white space only (R-VAL-2)
function checkText(field, value) {
  if (typeof value !== "string") throw invalid(field, value, "a string");
  if (isBlank(value)) throw invalid(field, value, "a non-empty string");
  return value;
}
const optional = (check) => (field, value) => (value === undefined || value === null ? undefined : check(field, value));
const dropUndefined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function productsCreate(client, url, keyword = {}) {
  const [{ name, description, targetAudience }, options] = split(keyword, ["name", "description", "targetAudience"]);
  if ((url ?? null) === null && (name ?? null) === null) throw invalid("url", null, "a URL or a name");
  const body = dropUndefined({ url: optional(checkUrl)("url", url), name: optional(checkText)("name", name),
    description: optional(checkText)("description", description),
    target_audience: optional(checkText)("targetAudience", targetAudience) });
  return client.call({ operation: "create_product", method: "POST", path: "/v2/product", body, parse: naming(product), options });
}

export function productsUpdate(client, productId, { name, description, targetAudience } = {}) {
  const changes = dropUndefined({ name: optional(checkText)("name", name),
    description: optional(checkText)("description", description),
    target_audience: optional(checkText)("targetAudience", targetAudience) });
  if (Object.keys(changes).length === 0) throw invalid("update", null, "at least one change");
  const body = { product_id: jobId("productId", productId), ...changes };
  return client.call({ operation: "update_product", method: "PUT", path: "/v2/product", body, returnsData: false, parse: () => null });
}

export function retrieveProductVideo(client, videoId, options = {}) {
  const id = jobId("videoId", videoId);
  checkOptions(options);
  return client.call({ operation: "get_product_video", method: "GET", path: `/v2/product_video/${enc(id)}`, parse: (d) => productVideo(d, id), options });
}

export function whoami(client, options = {}) {
  checkOptions(options);
  const user = (d) => { const obj = asObject(d, "a user"); return { email: text(obj, "email"), username: text(obj, "username") }; };
  return client.call({ operation: "get_current_user", method: "GET", path: "/v2/user/whoami", parse: user, options });
}

export function retrieveLipSync(client, taskId) {
  const id = jobId("taskId", taskId);
  return client.call({ operation: "get_lip_sync_video", method: "GET", path: `/v2/lip_sync_video/${enc(id)}`, parse: (d) => lipSyncVideo(d, id) });
}

export function retrievePhoto(client, photoId) {
  const id = jobId("photoId", photoId);
  return client.call({ operation: "get_photo_avatar_photo", method: "GET", path: "/v2/photo_avatar/photo", query: { photo_id: id }, parse: (d) => avatarPhoto(d, id) });
}

// R-PAGE-1..8 for product_videos.list
const FILTER_CODES = { processing: 3, completed: 4, failed: 5 };
export async function listProductVideos(client, { status, sortBy, sortOrder, pageSize } = {}) {
  const query = {};
  if (status !== undefined && status !== null) {
    if (Number.isInteger(status) && [3, 4, 5].includes(status)) query.status = String(status);
    else if (typeof status === "string" && FILTER_CODES[readState(status)]) query.status = String(FILTER_CODES[readState(status)]);
    else throw invalid("status", status, "processing, completed or failed");
  }
  if (sortBy !== undefined && sortBy !== null) query.sort_by = checkText("sortBy", sortBy);
  if (sortOrder !== undefined && sortOrder !== null) {
    const trimmed = typeof sortOrder === "string" ? sortOrder.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, "") : "";
    const order = /^[\x00-\x7f]*$/.test(trimmed) ? trimmed.toLowerCase() : null; // R-VAL-5
    if (order !== "asc" && order !== "desc") throw invalid("sortOrder", sortOrder, "asc or desc");
    query.sort_order = order;
  }
  if (pageSize !== undefined && pageSize !== null && (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100)) {
    throw invalid("pageSize", pageSize, "an integer 1..100");
  }
  const items = [];
  let previous = null;
  for (let page = 1; ; page++) {
    const pageQuery = { ...query, page: String(page) };
    if (pageSize) pageQuery.page_size = String(pageSize);
    const data = await client.call({ operation: "list_product_videos", method: "GET", path: "/v2/product_videos",
      query: pageQuery, parse: (d) => asObject(d, "list_product_videos") });
    const raw = Array.isArray(data.videos) ? data.videos.filter(isObject) : [];
    const more = hasMorePages(data, page, pageSize || 10, raw.length);
    if (more && previous !== null && JSON.stringify(raw) === JSON.stringify(previous)) break; // R-PAGE-8
    previous = raw;
    items.push(...raw.map((item) => productVideo(item)));
    if (!more) break;
  }
  return items;
}

function hasMorePages(data, page, requested, count) {
  if (count === 0) return false;
  const pagination = child(data, "pagination");
  const totalPages = integer(pagination, "total_pages");
  if (totalPages !== null) return page < totalPages;
  const positive = (v) => { const n = readInteger(v); return n !== null && n >= 1 ? n : null; };
  const size = positive(pagination.page_size) ?? positive(data.page_size) ?? requested;
  const total = integer(pagination, "total_items") ?? integer(data, "total");
  if (total !== null) return page * size < total;
  if (typeof data.has_more === "boolean") return data.has_more;
  return count >= size;
}

// R-POLL-1..6
export function* defaultSchedule() {
  let t = 0;
  for (;;) {
    const step = t < 70 ? Math.min(10, 70 - t) : t < 300 ? Math.min(30, 300 - t) : 60;
    t += step;
    yield step;
  }
}

// R-POLL-7: a job that already exists is looked at once; only a job just created waits for
// the schedule's first step (justCreated, as create_and_wait does).
export async function wait(client, jobIdValue, retrieve, { timeout = 1800, pollInterval = null, justCreated = false } = {}) {
  if (timeout !== null && (typeof timeout !== "number" || !(timeout > 0))) throw invalid("timeout", timeout, "a positive number or null");
  if (pollInterval !== null && (typeof pollInterval !== "number" || !(pollInterval > 0))) throw invalid("pollInterval", pollInterval, "a positive number");
  const clock = client.clock;
  const started = clock.monotonic();
  const deadline = timeout === null ? null : started + timeout;
  const steps = pollInterval === null ? defaultSchedule() : (function* () { for (;;) yield pollInterval; })();
  let last = null;
  let lookNow = !justCreated;
  for (;;) {
    let delay = lookNow ? 0 : steps.next().value;
    lookNow = false;
    if (deadline !== null) {
      const remaining = deadline - clock.monotonic();
      if (remaining <= 0) {
        throw new JoggError("wait_timeout", `waited ${clock.monotonic() - started} s`, { job: last, job_id: jobIdValue });
      }
      delay = Math.min(delay, remaining);
    }
    if (delay > 0) await clock.sleep(delay);
    last = await retrieve();
    if (last.status === "failed") throw new JoggError("job_failed", "the job failed", { job: last });
    if (last.status === "completed") return last;
  }
}

// ---- webhooks (R-HOOK-1..5)
const JOB_ID_KEYS = ["video_id", "project_id", "video_translate_id", "task_id", "motion_id", "photo_id", "generation_id", "batch_id"];

function header(headers, name) {
  const found = Object.entries(headers).find(([k]) => k.trim().toLowerCase() === name);
  return found ? found[1] : null;
}

export function parseWebhook(payload, headers, secret) {
  if (typeof secret !== "string" || !secret) throw invalid("secret", secret, "the endpoint's secret");
  const signature = header(headers, "x-webhook-signature");
  if (signature === null || !signature.trim()) throw new JoggError("webhook_verification", "no signature");
  const given = signature.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(given)) throw new JoggError("webhook_verification", "a malformed signature");
  const expected = createHmac("sha256", Buffer.from(secret, "utf8")).update(payload).digest();
  if (!timingSafeEqual(expected, Buffer.from(given, "hex"))) throw new JoggError("webhook_verification", "the signature does not match");
  let obj;
  try { obj = JSON.parse(payload.toString("utf8")); } catch { throw new JoggError("webhook_payload", "signed, but not JSON"); }
  if (!isObject(obj)) throw new JoggError("webhook_payload", "signed, but not a JSON object");
  const data = isObject(obj.data) ? obj.data : obj;
  const event = text(obj, "event", "event_type") ?? header(headers, "x-webhook-event") ?? "";
  const error = jobError(data.error) ?? jobError(data.error_msg || data.err_msg);
  let imageUrls = strings(data, "image_url_list");
  if (imageUrls.length === 0 && Object.hasOwn(data, "generation_id")) {
    const single = text(data, "url");
    imageUrls = single ? [single] : [];
  }
  return {
    event,
    status: webhookState(data, event, error),
    job_id: text(data, ...JOB_ID_KEYS),
    event_id: text(obj, "event_id"),
    timestamp: readTimeOf(obj, "timestamp", "created_at"),
    video_url: text(data, "video_url", "motion_preview_url", "result_url") || null,
    cover_url: text(data, "cover_url") || null,
    duration: number(data, "duration", "duration_seconds"),
    image_urls: imageUrls,
    error,
    data,
  };
}

function webhookState(data, event, error) {
  const state = readState(data.status);
  if (state !== "unknown") return state;
  const fromName = readState(event.split("_").pop());
  if (fromName === "completed" || fromName === "failed") return fromName;
  return error ? "failed" : "unknown";
}
