/**
 * Entry of the task pane. In Word: waits for Office, then shows the pane in Word's theme and language.
 * Anywhere else (a plain browser, with or without Office.js): the preview, which loads as a chunk of its own,
 * so that the pane in Word never downloads it.
 */
import { createRoot } from "react-dom/client";
import { showNotInWord, showPane } from "./boot";

const root = createRoot(document.getElementById("root")!);

async function startPreview(): Promise<void> {
  try {
    const preview = await import(/* webpackChunkName: "preview" */ "../preview/start");
    await preview.startPreview(root);
  } catch {
    showNotInWord(root);
  }
}

function start(info: { host: Office.HostType | null } | null): Promise<void> {
  return info !== null && info.host === Office.HostType.Word ? showPane(root) : startPreview();
}

// Office.js may be missing altogether (opened straight in a browser without network): the preview still starts.
if (typeof Office === "undefined") void start(null);
// The callback returns nothing to Office: its onReady would otherwise chain on our promise with Office.Promise,
// which the preview has replaced along with the rest of the global Office by then.
else void Office.onReady((info) => void start(info));
