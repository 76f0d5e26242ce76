// A stand-in for the first screen of Microsoft's React task-pane template
// (Office-Addin-TaskPane-React), written for the benchmark: the same stack and the same shape
// (FluentProvider with the light theme, a header with logo and title, a list of three items with
// icons, a text box and an "Insert text" button, runtime makeStyles, everything in one entry script
// rendered after Office.onReady). Not the template's code.
import {
  Button,
  Field,
  FluentProvider,
  Image,
  makeStyles,
  Textarea,
  tokens,
  Title1,
  webLightTheme,
} from "@fluentui/react-components";
import { DesignIdeas24Regular, LockOpen24Regular, Ribbon24Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { createRoot } from "react-dom/client";

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
  header: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    paddingBottom: "30px",
    paddingTop: "100px",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  welcome: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  list: { marginTop: "20px", display: "flex", flexDirection: "column", alignItems: "center" },
  item: { display: "flex", gap: "8px", paddingBottom: "20px" },
  form: { display: "flex", flexDirection: "column", alignItems: "center" },
  field: { margin: "30px 20px 20px", maxWidth: "50%" },
});

const ITEMS = [
  { icon: <Ribbon24Regular />, text: "Achieve more with Office integration" },
  { icon: <LockOpen24Regular />, text: "Unlock features and functionality" },
  { icon: <DesignIdeas24Regular />, text: "Create and visualize like a pro" },
];

function ReferencePane() {
  const styles = useStyles();
  const [text, setText] = useState("Some text.");
  return (
    <div className={styles.root}>
      <section className={styles.header}>
        <Image width="90" height="90" src="assets/icon-80.png" alt="" />
        <Title1 className={styles.welcome}>Welcome</Title1>
      </section>
      <ul className={styles.list}>
        {ITEMS.map((item) => (
          <li key={item.text} className={styles.item}>
            {item.icon}
            <span>{item.text}</span>
          </li>
        ))}
      </ul>
      <div className={styles.form}>
        <Field
          className={styles.field}
          size="large"
          label="Enter text to be inserted into the document."
        >
          <Textarea size="large" value={text} onChange={(_, data) => setText(data.value)} />
        </Field>
        <Button appearance="primary" size="large">
          Insert text
        </Button>
      </div>
    </div>
  );
}

const root = createRoot(document.getElementById("container")!);
void (window as unknown as { Office: { onReady(): Promise<unknown> } }).Office.onReady().then(() =>
  root.render(
    <FluentProvider theme={webLightTheme}>
      <ReferencePane />
    </FluentProvider>
  )
);
