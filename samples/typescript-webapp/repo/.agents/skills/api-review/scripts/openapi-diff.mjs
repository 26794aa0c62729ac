#!/usr/bin/env node
// Compare an OpenAPI 3 JSON document at a git ref with the working copy and classify the changes.
// Usage: node openapi-diff.mjs [--base <git ref>] [--file api/openapi.json]
// Exit codes: 0 no breaking change, 1 breaking change found, 2 could not read a version.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const base = option("--base", "origin/main");
const file = option("--file", "api/openapi.json");

function load(label, read) {
  try {
    return JSON.parse(read());
  } catch (error) {
    console.error(`openapi-diff: cannot read ${label}: ${error.message.split("\n")[0]}`);
    process.exit(2);
  }
}

const before = load(`${file} at ${base}`, () =>
  execFileSync("git", ["show", `${base}:${file}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }),
);
const after = load(`${file} in the working copy`, () => readFileSync(file, "utf8"));

const breaking = [];
const review = [];
const compatible = [];

const pointer = (...parts) =>
  "#/" + parts.map((p) => String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
const typeOf = (schema) =>
  schema?.$ref ? `ref ${schema.$ref}` : JSON.stringify(schema?.type ?? "any");

function operations(doc) {
  const result = new Map();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      if (item[method])
        result.set(`${method.toUpperCase()} ${path}`, { path, method, op: item[method] });
    }
  }
  return result;
}

function compareOperations() {
  const old = operations(before);
  const cur = operations(after);
  for (const [key, { path, method, op }] of old) {
    const next = cur.get(key);
    if (!next) {
      breaking.push(`${key} was removed (${pointer("paths", path, method)})`);
      continue;
    }
    for (const status of Object.keys(op.responses ?? {})) {
      if (!(status in (next.op.responses ?? {}))) {
        const list = status.startsWith("2") ? breaking : review;
        list.push(`${key} no longer documents response ${status}`);
      }
    }
    const oldParams = new Map((op.parameters ?? []).map((p) => [`${p.in}:${p.name}`, p]));
    for (const p of next.op.parameters ?? []) {
      const id = `${p.in}:${p.name}`;
      if (!oldParams.has(id)) {
        (p.required ? breaking : compatible).push(
          `${key} has a new ${p.required ? "required" : "optional"} ${p.in} parameter "${p.name}"`,
        );
      } else if (p.required && !oldParams.get(id).required) {
        breaking.push(`${key}: ${p.in} parameter "${p.name}" became required`);
      }
    }
    for (const id of oldParams.keys()) {
      if (!(next.op.parameters ?? []).some((p) => `${p.in}:${p.name}` === id)) {
        review.push(
          `${key}: parameter ${id.replace(":", " ")} was removed; clients that send it may now fail validation`,
        );
      }
    }
    if (!op.requestBody?.required && next.op.requestBody?.required) {
      breaking.push(`${key}: the request body became required`);
    }
  }
  for (const key of cur.keys()) {
    if (!old.has(key)) compatible.push(`${key} was added`);
  }
}

function compareSchemas() {
  const old = before.components?.schemas ?? {};
  const cur = after.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(old)) {
    const next = cur[name];
    const at = (...rest) => pointer("components", "schemas", name, ...rest);
    if (!next) {
      breaking.push(`schema ${name} was removed (${at()})`);
      continue;
    }
    const oldProps = schema.properties ?? {};
    const newProps = next.properties ?? {};
    const oldRequired = new Set(schema.required ?? []);
    const newRequired = new Set(next.required ?? []);
    for (const [prop, def] of Object.entries(oldProps)) {
      if (!(prop in newProps)) {
        breaking.push(`${name}.${prop} was removed (${at("properties", prop)})`);
      } else if (typeOf(def) !== typeOf(newProps[prop])) {
        breaking.push(
          `${name}.${prop} changed type from ${typeOf(def)} to ${typeOf(newProps[prop])}`,
        );
      } else {
        const removed = (def.enum ?? []).filter(
          (v) => !(newProps[prop].enum ?? def.enum).includes(v),
        );
        const added = (newProps[prop].enum ?? []).filter((v) => !(def.enum ?? []).includes(v));
        if (removed.length)
          breaking.push(`${name}.${prop} no longer allows ${JSON.stringify(removed)}`);
        if (added.length)
          review.push(
            `${name}.${prop} allows new values ${JSON.stringify(added)}; clients must tolerate them`,
          );
      }
    }
    for (const prop of Object.keys(newProps)) {
      if (!(prop in oldProps)) {
        (newRequired.has(prop) ? review : compatible).push(
          `${name}.${prop} was added${newRequired.has(prop) ? " as required: breaking if this schema is used as input" : ""}`,
        );
      }
    }
    for (const prop of newRequired) {
      if (prop in oldProps && !oldRequired.has(prop)) {
        review.push(`${name}.${prop} became required: breaking if this schema is used as input`);
      }
    }
    for (const prop of oldRequired) {
      if (prop in newProps && !newRequired.has(prop)) {
        review.push(
          `${name}.${prop} is no longer required: breaking if this schema is used as output`,
        );
      }
    }
  }
  for (const name of Object.keys(cur)) {
    if (!(name in old)) compatible.push(`schema ${name} was added`);
  }
}

compareOperations();
compareSchemas();

const versions = `${before.info?.version ?? "?"} -> ${after.info?.version ?? "?"}`;
console.log(`# OpenAPI diff: ${file}, ${base} -> working copy (info.version ${versions})\n`);
for (const [title, list] of [
  ["Breaking", breaking],
  ["Needs review", review],
  ["Compatible", compatible],
]) {
  console.log(`## ${title} (${list.length})`);
  for (const line of list) console.log(`- ${line}`);
  console.log("");
}
process.exit(breaking.length > 0 ? 1 : 0);
