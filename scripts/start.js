#!/usr/bin/env node
/**
 * npm start: builds the add-in in development mode, serves it on https://localhost:3000 (webpack-dev-server,
 * rebuilds on save) and prints how to sideload manifest.xml into Word. Needs no Word on this machine: without
 * Word the server runs anyway and the pane can be previewed in a browser.
 *
 * Deliberately not office-addin-debugging: its install downloads from the internet (see the toolchain notes).
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");
const { devServerHttps } = require("./dev-certs");

const ROOT = path.resolve(__dirname, "..");
const BASE = makeConfig.DEV_BASE_URL;
const PREVIEW = `${BASE}/taskpane.html`;

/** Where Word is installed, or null. Only a hint for the message: the server does not need Word. */
function findWord() {
  const candidates =
    process.platform === "win32"
      ? [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]]
          .filter(Boolean)
          .flatMap((dir) =>
            ["Office16", "Office15"].map((v) => path.join(dir, "Microsoft Office", "root", v, "WINWORD.EXE")),
          )
      : process.platform === "darwin"
        ? ["/Applications/Microsoft Word.app"]
        : []; // there is no Word for Linux
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

function instructions(https, buildFailed) {
  const manifest = path.join(ROOT, "manifest.xml");
  const word = findWord();
  const share = `\\\\${process.platform === "win32" ? os.hostname() : "RECHNERNAME"}\\AddIns`;
  return `
────────────────────────────────────────────────────────────────────────────
 Ratsantwort läuft auf ${BASE}  (Beenden: Strg+C)
 Manifest zum Hochladen: ${manifest}
────────────────────────────────────────────────────────────────────────────
${buildFailed ? "\n ⚠ Der Build hat Fehler (siehe oben). Der Server läuft weiter und baut beim Speichern neu.\n" : ""}${
    https.note ? `\n ⚠ ${https.note.replace(/\n/g, "\n   ")}\n` : ""
  }
 ${
   word
     ? `Word gefunden: ${word}`
     : `Word ist auf diesem Rechner nicht installiert${process.platform === "linux" ? " (es gibt kein Word für Linux)" : ""}.\n` +
       ` Das ist in Ordnung: Der Server läuft trotzdem. Nutzen Sie Word im Web oder die Vorschau im Browser.`
 }

 Add-In in Word laden (Sideloading)

 Word im Web
   1. Ein Dokument in Word im Web öffnen.
   2. Einfügen → Add-Ins → Meine Add-Ins → Eigenes Add-In hochladen
      (neuere Oberfläche: Start → Add-Ins → Weitere Add-Ins → Meine Add-Ins → Mein Add-In hochladen).
   3. manifest.xml auswählen → Hochladen. Auf der Registerkarte „Start“ erscheint „Ratsantwort“.
   Der Browser muss dem Zertifikat von ${BASE} vertrauen: ${PREVIEW} einmal direkt öffnen.

 Word für Windows (Desktop)
   1. Einen Ordner freigeben (z. B. C:\\AddIns als ${share}) und manifest.xml hineinkopieren.
   2. Datei → Optionen → Trust Center → Einstellungen für das Trust Center → Kataloge vertrauenswürdiger Add-Ins:
      den Freigabepfad als Katalog-URL eintragen, „Katalog hinzufügen“, „Im Menü anzeigen“ ankreuzen, Word neu starten.
   3. Einfügen → Add-Ins → Meine Add-Ins → Freigegebener Ordner → Ratsantwort → Hinzufügen.

 Word für Mac
   1. manifest.xml nach ~/Library/Containers/com.microsoft.Word/Data/Documents/wef kopieren (Ordner bei Bedarf anlegen).
   2. Word neu starten → Einfügen → Add-Ins → Meine Add-Ins → Ratsantwort.

 Ohne Word: Vorschau im Browser
   ${PREVIEW}
   (Die Oberfläche ist sichtbar; Befehle, die das Dokument ändern, brauchen Word.)

 English: Word on the web: Insert → Add-ins → My Add-ins → Upload My Add-in → manifest.xml.
 Windows desktop: put manifest.xml in a shared folder, add it under File → Options → Trust Center →
 Trusted Add-in Catalogs, restart Word, then Insert → My Add-ins → Shared Folder.
 Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Word/Data/Documents/wef and restart Word.
 No Word on this machine? The server runs anyway; preview the pane at ${PREVIEW}.
────────────────────────────────────────────────────────────────────────────
`;
}

async function main() {
  const https = await devServerHttps();
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);

  // Print once, after the first build, so the instructions are not buried in the build output.
  let printed = false;
  compiler.hooks.done.tap("ratsantwort-start", (stats) => {
    if (printed) return;
    printed = true;
    setImmediate(() => console.log(instructions(https, stats.hasErrors())));
  });

  try {
    await server.start(); // stops itself on Ctrl+C (setupExitSignals)
  } catch (err) {
    if (err && err.code === "EADDRINUSE") {
      console.error(
        `Port 3000 ist belegt – läuft "npm start" schon in einem anderen Fenster? manifest.xml erwartet Port 3000.\n` +
          `Port 3000 is in use (is "npm start" already running?); manifest.xml expects port 3000.`,
      );
    } else {
      console.error(err);
    }
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
