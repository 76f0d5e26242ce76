import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const SCHEMA = resolve(__dirname, "../../shared/office-manifest-schemas/OfficeAppManifestV1_1.xsd");

/** Validate a manifest against Microsoft's XSDs with xmllint; throws with xmllint's words. */
export function validateManifest(path: string): void {
  if (!existsSync(SCHEMA)) throw new Error(`Manifest schemas not found at ${SCHEMA}`);
  try {
    execFileSync("xmllint", ["--noout", "--schema", SCHEMA, path], { stdio: "pipe" });
  } catch (error) {
    const e = error as { code?: string; stderr?: Buffer };
    if (e.code === "ENOENT") throw new Error("xmllint not found: sudo apt-get install -y libxml2-utils");
    throw new Error(e.stderr?.toString() ?? String(error));
  }
}
