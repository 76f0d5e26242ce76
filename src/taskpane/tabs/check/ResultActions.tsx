import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, PrintRegular } from "@fluentui/react-icons";
import { documentName, reportFileName } from "../../../core/report/documentName";
import { StatusBar } from "../../components/StatusBar";
import { downloadText } from "../../state/clipboard";
import type { Status } from "../../state/status";
import { strings } from "../../strings";
import { printPage, resultPage } from "./resultPage";
import { statusAt } from "./statusAt";
import { JUMP_TARGETS } from "./JumpLinks";
import type { CheckState } from "./useCheck";

const t = strings.check;

const useStyles = makeStyles({
  h2: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  state: CheckState;
  busy: boolean;
  status: Status | undefined;
  run(action: () => Promise<string | void>, at?: string): Promise<void>;
}

/** 打印检查结果 and 导出检查结果: the last check as the command line's report page. */
export function ResultActions({ state, busy, status, run }: Props) {
  const styles = useStyles();
  const page = async () => {
    const date = new Date();
    const name = documentName(state.paragraphs) ?? t.untitled;
    return { html: await resultPage(state, name, date), file: reportFileName(name, date) };
  };
  return (
    <>
      <Subtitle2 as="h2" className={styles.h2}>
        {t.result}
      </Subtitle2>
      <Caption1 className={styles.hint}>{t.resultHint}</Caption1>
      <div className={styles.row}>
        <Button
          icon={<PrintRegular />}
          disabledFocusable={busy}
          onClick={() =>
            void run(async () => printPage((await page()).html, t.result), statusAt.result)
          }
        >
          {t.printResult}
        </Button>
        <Button
          id={JUMP_TARGETS.export}
          icon={<ArrowDownloadRegular />}
          disabledFocusable={busy}
          onClick={() =>
            void run(async () => {
              const { html, file } = await page();
              downloadText(file, html, "text/html");
              return t.resultExported(file);
            }, statusAt.result)
          }
        >
          {t.exportResult}
        </Button>
      </div>
      <StatusBar status={status} at={statusAt.result} />
    </>
  );
}
