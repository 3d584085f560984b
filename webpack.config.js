/**
 * Builds the task pane (dist/taskpane.html + scripts), copies assets/ and writes dist/manifest.xml.
 *
 *   npm start            development build served on https://localhost:3000 (scripts/start.js)
 *   npm run build:dev    development build in dist/ (offline preview: Office.js is copied locally)
 *   npm run build        production build in dist/; needs ADDIN_BASE_URL, see below
 *
 * ADDIN_BASE_URL (production only): the https address the contents of dist/ will be served from, e.g.
 *   ADDIN_BASE_URL=https://intranet.example.de/ratsantwort npm run build
 * Every "https://localhost:3000" in manifest.xml becomes that address in dist/manifest.xml.
 * A production build without it, or with anything but an https URL, fails: a manifest that silently pointed at
 * localhost would only show up as a broken add-in on users' machines. A trailing slash is dropped.
 * Development builds ignore it and always use https://localhost:3000.
 *
 * OPARL_ENDPOINT (optional): the council information system's OParl endpoint, when profile.json on the server names
 * one (see README, "Aus dem Ratsinformationssystem"). Its origin is the one address besides the pane's own that the
 * Content-Security-Policy lets the pane ask. Without it the build takes the endpoint of the shipped default profile
 * (src/core/profile/wuppertal.json: none), and the pane connects to nothing but its own origin.
 */
"use strict";

const { execFileSync } = require("child_process");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

const DEV_BASE_URL = "https://localhost:3000";
const BASE_URL_VAR = "ADDIN_BASE_URL";
// Production pages load Office.js from Microsoft's CDN: it is updated along with the Office hosts.
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** The https base URL for a production build, from ADDIN_BASE_URL; throws with a message that says what to do. */
function productionBaseUrl(value) {
  const example = `${BASE_URL_VAR}=https://intranet.example.de/ratsantwort npm run build`;
  if (!value || !value.trim()) {
    throw new Error(
      `${BASE_URL_VAR} fehlt: Die Produktionsversion braucht die https-Adresse, unter der dist/ bereitgestellt wird.\n` +
        `${BASE_URL_VAR} is missing: a production build needs the https URL dist/ will be served from.\n` +
        `  ${example}\n  (Für eine Entwicklungsversion mit localhost: npm run build:dev)`,
    );
  }
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${BASE_URL_VAR}="${value}" ist keine gültige URL / is not a valid URL.\n  ${example}`);
  }
  if (url.protocol !== "https:" || url.username || url.password || url.search || url.hash) {
    throw new Error(
      `${BASE_URL_VAR}="${value}" muss eine https-Adresse ohne Zugangsdaten, ?Abfrage oder #Anker sein ` +
        `(Office lädt Add-Ins nur über https).\n` +
        `${BASE_URL_VAR} must be a plain https URL (Office loads add-ins over https only).\n  ${example}`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

/**
 * The task pane's Content-Security-Policy (src/taskpane/taskpane.html puts it in a <meta> tag).
 * - scripts only from us and, in production, Office.js's CDN; no 'unsafe-eval' (hence no eval source maps);
 * - 'unsafe-inline' styles: Fluent UI (Griffel) and Office.js insert <style> elements and style attributes;
 * - Office.js's own telemetry (its oaspapps.com iframe, *.pipe.aria.microsoft.com) stays blocked on purpose: the
 *   add-in works without it and no usage data leaves the page. In development the live-reload socket is allowed;
 * - connections: the page's own origin and, where one is set, the OParl endpoint's (OPARL_ENDPOINT above).
 */
function contentSecurityPolicy(production, oparl = oparlOrigin()) {
  const connect = [
    "'self'",
    ...(oparl ? [oparl] : []),
    ...(production ? [] : [DEV_BASE_URL.replace("https:", "wss:")]),
  ];
  return [
    "default-src 'self'",
    `script-src 'self'${production ? " https://appsforoffice.microsoft.com" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

const OPARL_VAR = "OPARL_ENDPOINT";
const DEFAULT_PROFILE = "./src/core/profile/wuppertal.json";

/** The origin of the OParl endpoint the pane may ask, or null; throws with a message that says what to do. */
function oparlOrigin(value = process.env[OPARL_VAR] || require(DEFAULT_PROFILE).oparl?.endpoint) {
  if (!value || !value.trim()) return null;
  const example = `${OPARL_VAR}=https://ris.example.de/oparl/v1/body/1 npm run build`;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${OPARL_VAR}="${value}" ist keine gültige URL / is not a valid URL.\n  ${example}`);
  }
  const local = url.protocol === "http:" && ["127.0.0.1", "localhost"].includes(url.hostname);
  if (url.protocol !== "https:" && !local) {
    throw new Error(
      `${OPARL_VAR}="${value}" muss eine https-Adresse sein: Anfragen reisen nicht unverschlüsselt durchs Netz.\n` +
        `${OPARL_VAR} must be an https URL.\n  ${example}`,
    );
  }
  return url.origin;
}

const xmlAttr = (s) => s.replace(/&/g, "&amp;").replace(/'/g, "&apos;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * --env cli: the command line as one file, build/cli/main.js (`npm run build:cli`, run by `npm install`). Node then
 * loads one module instead of about 120 files: 25–36 ms of CPU instead of 69–95 ms, paid by every call.
 * Type-checked against tsconfig.cli.json (Node's types, no DOM); not minified, so a stack in a bug report reads.
 * Once built, scripts/cli-code-cache.js saves V8's code cache beside it (build/cli/main.cache, see bin/load-cli.js).
 */
function commandLineConfig() {
  return {
    mode: "production",
    target: "node20",
    entry: "./src/cli/main.ts",
    output: {
      path: path.resolve(__dirname, "build/cli"),
      filename: "main.js",
      library: { type: "commonjs2" },
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          // ES modules, so that webpack can join them into one scope; the types are checked as tsconfig.cli.json says.
          options: {
            configFile: "tsconfig.cli.json",
            compilerOptions: { module: "esnext", moduleResolution: "bundler" },
          },
        },
      ],
    },
    optimization: { minimize: false },
    devtool: false,
    performance: { hints: false },
    plugins: [
      {
        apply: (compiler) =>
          compiler.hooks.done.tap("CommandLineCodeCache", (stats) => {
            if (stats.hasErrors()) return;
            execFileSync(process.execPath, [path.join(__dirname, "scripts/cli-code-cache.js")], { stdio: "inherit" });
          }),
      },
    ],
  };
}

module.exports = async (env = {}, argv = {}) => {
  if (env.cli) return commandLineConfig();
  const production = argv.mode === "production";
  const baseUrl = production ? productionBaseUrl(process.env[BASE_URL_VAR]) : DEV_BASE_URL;

  return {
    mode: production ? "production" : "development",
    // --env reference: the benchmark's reference page (scripts/bench/reference), built exactly like the pane.
    entry: { taskpane: env.reference ? "./scripts/bench/reference/index.tsx" : "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      // contenthash: browsers and Office's webview cache hard; a new build must get new file names.
      filename: production ? "[name].[contenthash].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash].js" : "[name].js",
      clean: true,
      // Every webview the pane runs in (React 18 and Fluent UI 9 need one as recent) has globalThis: webpack's
      // runtime then needs no `new Function("return this")` fallback, which the Content-Security-Policy forbids.
      environment: { globalThis: true },
    },
    // No eval-based source maps: the task pane's Content-Security-Policy forbids eval.
    devtool: production ? false : "source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      // Rules run bottom up: TypeScript to JavaScript, then Griffel's build-time styles, then their extraction.
      rules: [
        // Fluent's styles (its components' and our makeStyles) become a CSS file at build time: the page neither
        // ships nor runs the code that computes and inserts them (Fluent documents this for applications).
        {
          test: /\.(js|mjs|ts|tsx)$/,
          include: [
            path.resolve(__dirname, "src"),
            path.resolve(__dirname, "scripts"),
            /[\\/]node_modules[\\/]@fluentui[\\/]/,
          ],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "@griffel/webpack-loader",
            options: { modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles" }] },
          },
        },
        // transpileOnly: `npm run typecheck` does the type checking once, the build stays fast.
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        // Fluent's light and dark theme, written as CSS at build time (the loader says why).
        {
          test: /[\\/]src[\\/]taskpane[\\/]themes[\\/]\w+\.css$/,
          use: path.resolve(__dirname, "scripts/fluent-theme-loader.js"),
        },
      ],
    },
    optimization: { splitChunks: { chunks: "all" } },
    plugins: [
      // Griffel orders its rules itself (by specificity buckets), so the order of CSS modules is of no concern.
      new MiniCssExtractPlugin({ filename: production ? "[name].[contenthash].css" : "[name].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // In development and the offline preview Office.js comes from node_modules, so no network is needed.
        templateParameters: {
          officeJsUrl: production ? OFFICE_JS_CDN : "office-js/office.js",
          csp: contentSecurityPolicy(production),
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          // The council profile the pane loads at start: Wuppertal's by default. Administrators replace
          // profile.json on the server (e.g. with profiles/musterstadt.json) without rebuilding.
          { from: "src/core/profile/wuppertal.json", to: "profile.json" },
          { from: "src/core/profile/*.json", to: "profiles/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString("utf8").split(DEV_BASE_URL).join(xmlAttr(baseUrl)),
          },
          ...(production
            ? []
            : [
                {
                  // Only what Word needs: Office.js loads word-<platform>.js and <locale>/office_strings.js.
                  context: OFFICE_JS_DIR,
                  from: "**/*",
                  to: "office-js",
                  globOptions: {
                    ignore: [
                      "**/access-*",
                      "**/excel*",
                      "**/onenote*",
                      "**/outlook*",
                      "**/powerpoint*",
                      "**/project*",
                      "**/custom-functions-*",
                      "**/*.d.ts",
                      "**/*vsdoc*",
                    ],
                  },
                },
              ]),
        ],
      }),
    ],
    // The bundle (React + Fluent UI) is loaded once from the intranet and cached; warn only well above that.
    performance: { maxEntrypointSize: 1024 * 1024, maxAssetSize: 1024 * 1024 },
    devServer: env.WEBPACK_SERVE
      ? {
          host: "localhost", // not reachable from the network
          port: Number(new URL(DEV_BASE_URL).port), // the port manifest.xml names
          server: (await require("./scripts/dev-certs").devServerHttps()).server,
          // Office (Word on the web especially) fetches icons and pages from its own origin; Microsoft's templates allow it too.
          headers: { "Access-Control-Allow-Origin": "*" },
          // Everything is served from the in-memory build; serving dist/ as well would only add stale files.
          static: false,
        }
      : undefined,
  };
};

module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.oparlOrigin = oparlOrigin;
