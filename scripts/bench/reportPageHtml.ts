// The batch report of 10,000 files, written for the report-page bench to open.
import { writeFileSync } from "node:fs";
import { checkDocument } from "../../src/core/check/check";
import { bodyParagraph } from "../../src/core/document";
import { htmlReport } from "../../src/core/report/htmlReport";
import { TYPED } from "../../tests/fixtures/docx/report";

const clean = checkDocument(TYPED.map(bodyParagraph));
const blanks = checkDocument(
  TYPED.map((t, i) => bodyParagraph(i === 3 ? t.replace("12次", "XX次，发展党员**名") : t))
);
const outcomes = Array.from({ length: 10_000 }, (_, i) => ({
  file: `材料${String(i).padStart(5, "0")}`,
  result: i % 3 === 0 ? blanks : clean,
  ignored: 0,
}));
writeFileSync(process.argv[2]!, htmlReport(outcomes, { date: new Date(2026, 10, 23) }));
