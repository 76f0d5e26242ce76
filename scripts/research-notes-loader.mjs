// Webpack loader for the 提法 data: where each wording was verified (addresses of the pages read)
// is for the editors who keep the data, not for the task pane, which names no address outside its
// origin.
const ADDRESS = /\s*[（(]?\s*https?:\/\/[^\s）)，。；]+\s*[）)]?/g;

/**
 * A note without the addresses in it; a note that said nothing else still says the wording is
 * unverified.
 */
function withoutAddresses(key, text) {
  const kept = text.replace(ADDRESS, "").trim();
  return kept === "" && key === "unverified"
    ? "未能逐字核对原文。"
    : kept || text.replace(ADDRESS, "");
}

function strip(value) {
  if (Array.isArray(value)) return value.map(strip);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "verified")
      .map(([key, v]) => [key, typeof v === "string" ? withoutAddresses(key, v) : strip(v)])
  );
}

export default function researchNotesLoader(source) {
  return JSON.stringify(strip(JSON.parse(source)));
}
