import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";

export interface BootMessageProps {
  title: string;
  body: string;
}

/**
 * What shows instead of the task pane when it cannot run here (loaded only then: taskpane.html says
 * it is loading).
 */
export function BootMessage({ title, body }: BootMessageProps) {
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN" style={{ padding: 12, height: "100%" }}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
