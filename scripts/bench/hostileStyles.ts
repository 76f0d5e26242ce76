// A crafted styles part of 120,000 elements (17 KB zipped): reading stays linear in the part's
// size.
import { GB_9704 } from "../../src/content/layout";
import { formatDocx } from "../../src/cli/format/formatDocx";
import { readDocx } from "../../src/cli/readDocx";
import { hostileStyles } from "../../tests/fixtures/docx/hostileStyles";
import { measure, report } from "./measure";

export function benchHostileStyles(): void {
  for (const shape of ["unterminated", "nested"] as const) {
    const bytes = hostileStyles(shape, 120_000);
    const read = measure(3, () => {
      try {
        readDocx(bytes);
      } catch {
        // The unterminated part is refused as damaged: the time to say so is what counts.
      }
    });
    report(
      `read a styles part of 120,000 ${shape} style elements (${(bytes.length / 1024).toFixed(0)} KB zipped)`,
      read,
      "target < 2 s"
    );
  }
  const nested = hostileStyles("nested", 120_000);
  report(
    "format a .docx with 120,000 nested style elements",
    measure(3, () => formatDocx(readDocx(nested, true), GB_9704)),
    "target < 2 s"
  );
}
