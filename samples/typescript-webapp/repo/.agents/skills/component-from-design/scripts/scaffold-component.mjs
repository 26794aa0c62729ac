#!/usr/bin/env node
// Creates src/components/<Name>/ from the templates in ../assets/templates.
// Usage: node scaffold-component.mjs <PascalCaseName> [--element div|span|section|article|ul|li]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ELEMENT_TYPES = {
  div: "HTMLDivElement",
  span: "HTMLSpanElement",
  section: "HTMLElement",
  article: "HTMLElement",
  ul: "HTMLUListElement",
  li: "HTMLLIElement",
};

const scriptDir = dirname(fileURLToPath(import.meta.url));
const skillDir = resolve(scriptDir, "..");
const repoRoot = resolve(skillDir, "../../..");
const templates = join(skillDir, "assets", "templates");

function fail(message) {
  console.error(`scaffold-component: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const name = args.find((arg) => !arg.startsWith("--"));
const elementIndex = args.indexOf("--element");
const element = elementIndex >= 0 ? args[elementIndex + 1] : "div";

if (!name) fail("give a component name, e.g. BalanceBadge");
if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) fail(`"${name}" is not PascalCase`);
if (!(element in ELEMENT_TYPES)) {
  fail(`--element must be one of ${Object.keys(ELEMENT_TYPES).join(", ")}`);
}

const target = join(repoRoot, "src", "components", name);
if (existsSync(target)) fail(`${relative(repoRoot, target)} already exists; edit it instead`);
mkdirSync(target, { recursive: true });

for (const file of readdirSync(templates).sort()) {
  if (!file.endsWith(".txt")) continue;
  const text = readFileSync(join(templates, file), "utf8")
    .replaceAll("ComponentName", name)
    .replaceAll("HTMLDivElement", ELEMENT_TYPES[element])
    .replaceAll('"div"', `"${element}"`)
    .replaceAll("<div", `<${element}`)
    .replaceAll("</div>", `</${element}>`);
  const outName = file.replace(/\.txt$/, "").replace("Component", name);
  writeFileSync(join(target, outName), text);
  console.log(relative(repoRoot, join(target, outName)));
}
