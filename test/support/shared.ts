/**
 * ../shared/ (schemas, the .docx corpus) lies beside the repository, on developers' machines and in CI alike. A
 * copy of the repository elsewhere (StrykerJS's sandbox) names it in RATSANTWORT_SHARED.
 */
import path from "path";

export const SHARED_DIR = process.env.RATSANTWORT_SHARED ?? path.resolve(__dirname, "../../../shared");
