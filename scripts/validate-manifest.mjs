// Validate a manifest offline against the schemas in ../shared/office-manifest-schemas.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const schema = fileURLToPath(new URL("../../shared/office-manifest-schemas/OfficeAppManifestV1_1.xsd", import.meta.url));
const manifest = process.argv[2] ?? "manifest.xml";
try {
  execFileSync("xmllint", ["--noout", "--schema", schema, manifest], { stdio: "inherit" });
} catch {
  process.exit(1);
}
