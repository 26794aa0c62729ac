#!/usr/bin/env node
// Print the files a tool call touches, one per line, relative to the repository root.
// Reads a Codex PreToolUse/PostToolUse payload on stdin. Understands apply_patch input ("*** Add
// File:", "*** Update File:", "*** Delete File:", "*** Move to:" lines in any string inside
// tool_input) and tools that pass "file_path" or "path". Paths outside the repository are skipped.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { isAbsolute, normalize, relative, resolve, sep } from "node:path";

const HEADER = /^\*\*\* (?:Add File|Update File|Delete File|Move to): (.+?)\s*$/gm;

function* strings(value) {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === "object")
    for (const item of Object.values(value)) yield* strings(item);
}

let payload;
try {
  payload = JSON.parse(readFileSync(0, "utf8"));
} catch {
  process.exit(0);
}
const cwd = payload.cwd || process.cwd();
const input = payload.tool_input ?? {};
const candidates = [];
for (const text of strings(input))
  for (const match of text.matchAll(HEADER)) candidates.push(match[1]);
for (const key of ["file_path", "path"])
  if (typeof input[key] === "string") candidates.push(input[key]);

let root = cwd;
try {
  root = execFileSync("git", ["-C", cwd, "rev-parse", "--show-toplevel"], {
    encoding: "utf8",
  }).trim();
} catch {
  // not a git checkout: paths stay relative to cwd
}
const seen = new Set();
for (const raw of candidates) {
  const rel = relative(root, normalize(isAbsolute(raw) ? raw : resolve(cwd, raw)));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) continue;
  const posix = rel.split(sep).join("/");
  if (!seen.has(posix)) {
    seen.add(posix);
    console.log(posix);
  }
}
