import { test as base, expect, type BrowserContext } from "@playwright/test";

/**
 * Every test runs with the network closed: requests to anything but the local server are
 * aborted and recorded, and so are console errors; both fail the test when it ends.
 */
export const test = base.extend<{ guard: { blocked: string[]; consoleErrors: string[] } }>({
  guard: [
    async ({ context, page }, use) => {
      const blocked: string[] = [];
      const consoleErrors: string[] = [];
      await blockNonLocal(context, blocked);
      page.on("console", (msg) => {
        if (msg.type() === "error") consoleErrors.push(msg.text());
      });
      page.on("pageerror", (err) => consoleErrors.push(String(err)));
      await use({ blocked, consoleErrors });
      expect(blocked, "requests to non-local hosts").toEqual([]);
      expect(consoleErrors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Lets data:, blob: and local requests through; aborts and records every other one. */
export async function blockNonLocal(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
}
