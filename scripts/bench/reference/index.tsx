/**
 * The reference page of the first-interactive figure (issue 17): React and one Fluent button, built with the pane's
 * own settings (npm run bench builds it with `--env reference`), so that the pane's time is read as a ratio to it.
 */
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <Button appearance="primary">Antwort einfügen</Button>
  </FluentProvider>,
);
