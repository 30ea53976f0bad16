// Reads {"retry_after": [[value, now], ...], "integers": [...], "numbers": [...],
// "times": [...], "statuses": [...]} on stdin and prints what this port's readers make of
// each, as JSON: test_grammars.py compares that with the Python readers, input by input.
import { readFileSync } from "node:fs";
import { readInteger, readNumber, readState, readTime, retryAfterSeconds } from "./jogg.mjs";

const input = JSON.parse(readFileSync(0, "utf8"));
const output = {
  retry_after: input.retry_after.map(([value, now]) => retryAfterSeconds(value, now)),
  integers: input.integers.map(readInteger),
  numbers: input.numbers.map(readNumber),
  times: input.times.map(readTime),
  statuses: input.statuses.map(readState),
};
process.stdout.write(JSON.stringify(output));
