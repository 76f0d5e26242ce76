import {
  Button,
  Caption1,
  makeStyles,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { DocumentHost } from "../../../host/DocumentHost";
import type { SelfTestReport } from "../../../host/selfTest/runSelfTest";
import { copyText, downloadText } from "../../state/clipboard";
import { selfTestStrings as t } from "../../strings/selfTest";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
    verticalAlign: "top",
  },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  skipped: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * The runner and the report's text load only when 自检 is run: the pane's first screen does not
 * carry them.
 */
const loadRunner = () =>
  Promise.all([
    import(/* webpackChunkName: "self-test" */ "../../../host/selfTest/runSelfTest"),
    import(/* webpackChunkName: "self-test" */ "../../../host/selfTest/report"),
  ]);

/**
 * 自检 in 设置: runs each host operation on a scratch document and shows a plain table to copy or
 * save.
 */
export default function SelfTestSection({ host }: { host: DocumentHost }) {
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<SelfTestReport>();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState("");
  const [note, setNote] = useState<string>();
  const [statusText, setStatusText] = useState<Record<string, string>>({});

  const run = async () => {
    setRunning(true);
    setNote(undefined);
    try {
      const [{ runSelfTest }, { reportText, reportFileName, STATUS_TEXT }] = await loadRunner();
      const result = await runSelfTest(host);
      setReport(result);
      setText(reportText(result));
      setFileName(reportFileName(result));
      setStatusText(STATUS_TEXT);
    } catch (error) {
      setNote(t.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setRunning(false);
    }
  };

  const passed = report?.results.filter((r) => r.status === "passed").length ?? 0;
  return (
    <section className={styles.section} aria-label={t.title}>
      <Subtitle2 as="h3">{t.title}</Subtitle2>
      <Caption1>{t.hint}</Caption1>
      <div className={styles.actions}>
        <Button type="button" disabled={running} onClick={() => void run()}>
          {t.run}
        </Button>
        {report && (
          <>
            <Button
              type="button"
              onClick={() =>
                void copyText(text).then((ok) => setNote(ok ? t.copied : t.copyFailed))
              }
            >
              {t.copy}
            </Button>
            <Button type="button" onClick={() => downloadText(fileName, text, "text/plain")}>
              {t.save}
            </Button>
          </>
        )}
      </div>
      {running && <Spinner size="extra-tiny" labelPosition="after" label={t.running} />}
      {note && <Caption1 role="status">{note}</Caption1>}
      {report && !running && (
        <table className={styles.table} data-testid="self-test-table">
          <caption>
            {t.host}：{report.host} {report.version} · {t.summary(passed, report.results.length)}
            {report.apis.length > 0 && (
              <div>
                {t.apis}：{report.apis.join("；")}
              </div>
            )}
          </caption>
          <thead>
            <tr>
              <th className={styles.cell}>{t.operation}</th>
              <th className={styles.cell}>{t.result}</th>
              <th className={styles.cell}>{t.detail}</th>
            </tr>
          </thead>
          <tbody>
            {report.results.map((r) => (
              <tr key={r.id}>
                <td className={styles.cell}>{r.label}</td>
                <td
                  className={`${styles.cell} ${r.status === "failed" ? styles.failed : r.status === "skipped" ? styles.skipped : ""}`}
                >
                  {statusText[r.status]}
                </td>
                <td className={styles.cell}>{r.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
