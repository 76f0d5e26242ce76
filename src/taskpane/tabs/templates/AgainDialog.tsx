import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { templatesStrings as t } from "../../strings/templates";

export interface AgainDialogProps {
  /** The sections a second whole skeleton would repeat. */
  repeated: readonly string[];
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before a second whole skeleton goes into a document that has one. */
export function AgainDialog({ repeated, onConfirm, onCancel }: AgainDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  // After the dialog has put focus on its first button.
  useEffect(() => {
    const frame = requestAnimationFrame(() => cancel.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [repeated]);
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.againTitle}</DialogTitle>
          <DialogContent>{t.againBody(repeated)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t.againConfirm}
            </Button>
            {/* Focus starts on 取消: Enter, pressed by habit, must not insert a second skeleton. */}
            <Button ref={cancel} onClick={onCancel}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
