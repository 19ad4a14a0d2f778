import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

// One port for the whole run, chosen by the main process and inherited by workers through the env.
function freePort(): number {
  const fromEnv = Number(process.env.E2E_PORT);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  // Synchronous choice: a deterministic high port offset by pid avoids clashes between parallel runs.
  return 3100 + (process.pid % 800);
}
const port = freePort();
process.env.E2E_PORT = String(port);

// Debian's chromium where it exists (this machine and CI), Playwright's own build elsewhere.
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: "e2e",
  // Two workers share two cores with the server: a test that opens several views (fresh browser
  // contexts, axe audits) takes up to ~20 s here, so 60 s leaves room without hiding a hang.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // One retry: on this shared 2-core machine a test can lose a race with the server it shares the
  // cores with; a test that passes only on its retry is reported as flaky in the run's summary,
  // never hidden (README "Testing").
  retries: 1,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: executablePath ? { executablePath } : {},
    trace: "off",
  },
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
