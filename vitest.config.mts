import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    // Some tests spawn the CLIs through tsx or run thousands of property cases: on a busy
    // 2-core machine they need more than the 5 s default.
    testTimeout: 60_000,
  },
});
