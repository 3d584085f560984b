/** The files under a folder whose names match, for tests that search the source code. */
import { readdirSync, statSync } from "fs";
import path from "path";

export function sourceFiles(dir: string, names: RegExp = /\.(ts|tsx)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full, names) : names.test(name) ? [full] : [];
  });
}
