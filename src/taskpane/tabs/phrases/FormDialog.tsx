import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { strings } from "../../strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface Props {
  title: string;
  /** Called by 保存 and by Enter in a one-line box, unless saving is not possible now. */
  onSave(): void;
  canSave: boolean;
  /**
   * Keeps 保存 focusable while it cannot be pressed (saving under way), rather than disabling it.
   */
  busy?: boolean;
  onClose(): void;
  /** Actions between 保存 and 取消. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A dialog that is a form: Enter in a one-line box saves, Escape and 取消 close. */
export function FormDialog({
  title,
  onSave,
  canSave,
  busy = false,
  onClose,
  actions,
  children,
}: Props) {
  const styles = useStyles();
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (canSave && !busy) onSave();
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.form}>{children}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                type="submit"
                disabled={!canSave}
                disabledFocusable={busy}
              >
                {strings.phrases.save}
              </Button>
              {actions}
              <Button type="button" onClick={onClose}>
                {strings.phrases.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
