// npm run validate:offline: validate a manifest without the network (see
// scripts/manifest/validate.mjs).
import { validateManifest } from "./manifest/validate.mjs";

const manifest = process.argv[2] ?? "manifest.xml";
try {
  const used = validateManifest(manifest);
  console.log(`${manifest} validates (${used.join(" + ")} schema).`);
} catch (error) {
  console.error(`清单校验未通过。Manifest validation failed:\n${error.message}`);
  process.exit(1);
}
