import { zipSync } from "fflate";

/** Entries already compressed: stored as they are rather than deflated again. */
const STORED = /\.(?:png|jpe?g|gif|tiff?|wdp|mp4|zip)$/i;

/** The package again, entries in their order, changed and new parts written as UTF-8. */
export function writeZip(entries: ReadonlyMap<string, Uint8Array>, changed: ReadonlyMap<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const [name, data] of entries) files[name] = [changed.has(name) ? encoder.encode(changed.get(name)!) : data, { level: STORED.test(name) ? 0 : 6 }];
  for (const [name, xml] of changed) if (!entries.has(name)) files[name] = [encoder.encode(xml), { level: 6 }];
  return zipSync(files);
}
