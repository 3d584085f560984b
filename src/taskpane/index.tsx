/**
 * Entry of the task pane. In Word: waits for Office, then shows the pane in Word's theme and language.
 * Anywhere else (a plain browser, with or without Office.js): the preview, which loads as a chunk of its own,
 * so that the pane in Word never downloads it.
 */
import { createRoot } from "react-dom/client";
import { officeHost } from "../word/host";
import { showNotInWord, showPane } from "./boot";
import { loadServedProfile } from "./profileSource";

const root = createRoot(document.getElementById("root")!);
// The profile comes from the server while Office.js starts (and the preview's code loads), not after.
const profile = loadServedProfile();

async function startPreview(): Promise<void> {
  try {
    const preview = await import(/* webpackChunkName: "preview" */ "../preview/start");
    await preview.startPreview(root, profile);
  } catch {
    await showNotInWord(root);
  }
}

// Office.js may be missing altogether (opened straight in a browser without network): the preview still starts.
void officeHost().then((host) => (host === "word" ? showPane(root, { profile }) : startPreview()));
