/**
 * Offline validation of an add-in manifest against Microsoft's XSDs in ../shared/schemas/office-addin-manifest/
 * (beside the repository, here and in CI), with the WebAssembly build of xmllint: no network, no Debian package.
 */
import * as fs from "fs";
import * as path from "path";
import { validateXML, type XMLFileInfo, type XMLValidationResult } from "xmllint-wasm";
import { SHARED_DIR } from "./shared";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const SCHEMA_DIR = path.join(SHARED_DIR, "schemas/office-addin-manifest");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

let schemas: { schema: XMLFileInfo; preload: XMLFileInfo[] } | undefined;

function loadSchemas(): { schema: XMLFileInfo; preload: XMLFileInfo[] } {
  if (schemas) return schemas;
  if (!fs.existsSync(path.join(SCHEMA_DIR, ROOT_SCHEMA))) {
    throw new Error(`Manifest schemas not found in ${SCHEMA_DIR}: the shared/ folder must sit beside the repository.`);
  }
  // xmllint-wasm sees only the files it is given: every schema the root schema imports must be preloaded,
  // under the name its xs:import uses.
  const files = fs
    .readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith(".xsd"))
    .map((fileName) => ({ fileName, contents: fs.readFileSync(path.join(SCHEMA_DIR, fileName), "utf8") }));
  const schema = files.find((f) => f.fileName === ROOT_SCHEMA)!;
  schemas = { schema, preload: files.filter((f) => f !== schema) };
  return schemas;
}

/** Validates manifest XML text; `valid` is false with xmllint's messages in `errors` when it does not. */
export function validateManifest(xml: string, fileName = "manifest.xml"): Promise<XMLValidationResult> {
  const { schema, preload } = loadSchemas();
  return validateXML({ xml: [{ fileName, contents: xml }], schema: [schema], preload });
}

/** Error messages, one a line, for a readable assertion failure. */
export function describeErrors(result: XMLValidationResult): string {
  return result.errors.map((e) => e.rawMessage).join("\n");
}
