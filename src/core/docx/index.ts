/** .docx files: writing the answer document and reading any document for the check. Pure TypeScript, no Node APIs. */
export { writeDocx, type DocxOptions } from "./write";
export { readDocx, type DocxResult } from "./read";
export { DEFAULT_ZIP_LIMITS, type Inflater, type ZipLimits } from "./zip";
export { rewriteMainPart, type Rewritten } from "./rewrite";
