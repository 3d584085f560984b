import { rmSync } from "fs";

export default function teardown(): void {
  if (process.env.E2E_BUILD_IS_TEMPORARY && process.env.E2E_BUILD_DIR)
    rmSync(process.env.E2E_BUILD_DIR, { recursive: true, force: true });
}
