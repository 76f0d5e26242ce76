/**
 * Whether an address may hold the organisation's shared library: https in any letter case, and
 * http only on this machine (a library on the network must not travel in clear text); never with a
 * user name or password in it, which would be stored as written.
 */
export function sharedUrlProblem(text: string): "invalid" | "insecure" | "credentials" | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return "invalid";
  }
  if (url.username !== "" || url.password !== "") return "credentials";
  if (url.protocol === "https:") return undefined;
  if (url.protocol !== "http:") return "invalid";
  return ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname) ? undefined : "insecure";
}
