// Tests that run the checker as users do (bin/dangjian.cjs) need its bundle: built once per run.
// @ts-expect-error plain ESM script shared with the build
import { buildCli } from "../scripts/build-cli.mjs";

export default async function setup(): Promise<void> {
  await buildCli();
}
