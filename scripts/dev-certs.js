/**
 * HTTPS for the development server. Office only loads add-ins over https, and Word (desktop and web) only
 * loads them without complaint if the certificate is trusted.
 *
 * 1. office-addin-dev-certs creates a local CA and a localhost certificate in ~/.office-addin-dev-certs and
 *    asks the system to trust the CA (admin prompt on Windows/macOS, sudo on Linux).
 * 2. If trusting fails (no sudo, no admin rights), the files it generated are still usable: the server runs,
 *    and the browser/Word will warn until the CA is trusted.
 * 3. If even that fails, webpack-dev-server's own self-signed certificate.
 *
 * Memoised: webpack.config.js and scripts/start.js both ask, the work (and any prompt) happens once.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

let pending;

/** @returns {Promise<{ server: object | string, trusted: boolean, note: string | null }>} */
function devServerHttps() {
  pending ??= resolveHttps();
  return pending;
}

async function resolveHttps() {
  try {
    const options = await require("office-addin-dev-certs").getHttpsServerOptions();
    return { server: { type: "https", options }, trusted: true, note: null };
  } catch (err) {
    const reason = String((err && err.message) || err).split("\n")[0];
    try {
      const read = (name) => fs.readFileSync(path.join(CERT_DIR, name));
      const options = { ca: read("ca.crt"), cert: read("localhost.crt"), key: read("localhost.key") };
      return {
        server: { type: "https", options },
        trusted: false,
        note:
          `Das Entwicklerzertifikat ist erstellt, aber nicht als vertrauenswürdig installiert (${reason}).\n` +
          `Vertrauen herstellen: "npx office-addin-dev-certs install" mit Administratorrechten ausführen\n` +
          `oder ${path.join(CERT_DIR, "ca.crt")} als vertrauenswürdige Stammzertifizierungsstelle importieren.\n` +
          `(The dev certificate exists but is not trusted; run the command above as admin or import ca.crt.)`,
      };
    } catch {
      return {
        server: "https",
        trusted: false,
        note:
          `office-addin-dev-certs konnte kein Zertifikat erzeugen (${reason}); es wird ein selbstsigniertes\n` +
          `Zertifikat von webpack-dev-server verwendet. Browser und Word warnen, bis Sie ihm vertrauen.\n` +
          `(Falling back to webpack-dev-server's self-signed certificate.)`,
      };
    }
  }
}

module.exports = { devServerHttps, CERT_DIR };
