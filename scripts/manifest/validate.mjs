// Offline manifest validation: the project's own schema and rules always; Microsoft's published
// schemas as well where they are at hand (MANIFEST_SCHEMAS, or ../shared/office-manifest-schemas).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const OWN_SCHEMA = fileURLToPath(new URL("./TaskPaneApp.xsd", import.meta.url));
const OFFICIAL_DIRS = [
  process.env.MANIFEST_SCHEMAS,
  fileURLToPath(new URL("../../../shared/office-manifest-schemas", import.meta.url)),
];

/** Microsoft's schema entry point, when a folder with it exists. */
export function officialSchema() {
  for (const dir of OFFICIAL_DIRS) {
    const path = dir && `${dir}/OfficeAppManifestV1_1.xsd`;
    if (path && existsSync(path)) return path;
  }
  return undefined;
}

function xmllint(schema, manifest) {
  try {
    execFileSync("xmllint", ["--noout", "--schema", schema, manifest], { stdio: "pipe" });
  } catch (error) {
    if (error.code === "ENOENT")
      throw new Error("未找到 xmllint。xmllint not found: sudo apt-get install -y libxml2-utils");
    throw new Error(error.stderr?.toString() || String(error));
  }
}

/**
 * What the schema cannot say about VersionOverrides: every resid defined once, strings within their
 * limits, https URLs.
 */
export function manifestRuleProblems(xml) {
  const problems = [];
  const defined = new Map();
  for (const m of xml.matchAll(/<bt:(Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"/g)) {
    const [, kind, id, value] = m;
    if (defined.has(id)) problems.push(`resource id defined twice: ${id}`);
    defined.set(id, { kind, value });
    if (kind !== "String" && !value.startsWith("https://"))
      problems.push(`${id}: not an https URL: ${value}`);
    if (value.length === 0) problems.push(`${id}: empty value`);
  }
  const section = (name) =>
    xml.match(new RegExp(`<bt:${name}>([\\s\\S]*?)</bt:${name}>`))?.[1] ?? "";
  for (const [name, limit] of [
    ["ShortStrings", 125],
    ["LongStrings", 250],
  ]) {
    for (const m of section(name).matchAll(/id="([^"]+)"\s+DefaultValue="([^"]*)"/g)) {
      if (m[2].length > limit) problems.push(`${m[1]}: longer than ${limit} characters`);
    }
  }
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) {
    if (m[1].length > 32) problems.push(`resid longer than 32 characters: ${m[1]}`);
    if (!defined.has(m[1])) problems.push(`resid not defined in Resources: ${m[1]}`);
  }
  const ids = [...xml.matchAll(/<(?:OfficeTab|CustomTab|Group|Control)\b[^>]*\sid="([^"]+)"/g)].map(
    (m) => m[1]
  );
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
    problems.push(`control id used twice: ${id}`);
  return problems;
}

/** Validate a manifest file; throws with what is wrong. Returns which schemas were used. */
export function validateManifest(manifest) {
  xmllint(OWN_SCHEMA, manifest);
  const problems = manifestRuleProblems(readFileSync(manifest, "utf8"));
  if (problems.length > 0) throw new Error(problems.join("\n"));
  const official = officialSchema();
  if (official) xmllint(official, manifest);
  return official ? ["project", "Microsoft"] : ["project"];
}
