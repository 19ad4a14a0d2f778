import { describe, expect, it } from "vitest";
import { notFound, redirect } from "next/navigation";
import { guardRoute } from "./route-guard";

function collect() {
  const lines: string[] = [];
  return { lines, log: (line: string) => void lines.push(line) };
}

describe("guardRoute", () => {
  it("passes the handler's answer and arguments through untouched", async () => {
    const { lines, log } = collect();
    const handler = guardRoute(async (request: Request, context: { params: Promise<{ id: string }> }) => {
      const { id } = await context.params;
      return Response.json({ id, method: request.method }, { status: 201 });
    }, log);
    const res = await handler(new Request("http://localhost/api/x/7"), { params: Promise.resolve({ id: "7" }) });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: "7", method: "GET" });
    expect(lines).toEqual([]);
  });

  it("answers a JSON 500 with a reference and logs method, path and the reference, for a throw or a rejection", async () => {
    for (const fault of [
      () => {
        throw new TypeError("boom");
      },
      async () => Promise.reject(new RangeError("later")),
    ]) {
      const { lines, log } = collect();
      const res = await guardRoute(fault, log)(new Request("http://localhost/api/places/misrata/mentions?q=x", { method: "DELETE" }));
      expect(res.status).toBe(500);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const { error } = (await res.json()) as { error: string };
      const ref = /^internal error \(ref ([0-9a-f]{12})\)$/.exec(error)?.[1];
      expect(ref).toBeDefined();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^\\[route\\] DELETE /api/places/misrata/mentions failed \\(ref ${ref}\\): (TypeError|RangeError) \\| at `));
      // the query is not logged
      expect(lines[0]).not.toContain("q=x");
    }
  });

  it("never logs the body or the error's message (which can quote the body)", async () => {
    const { lines, log } = collect();
    const secret = "سر-لا-يكتب-في-السجل";
    const handler = guardRoute(async (request: Request) => {
      JSON.parse(await request.text()); // throws a SyntaxError that quotes the body
      return new Response("unreachable");
    }, log);
    const res = await handler(new Request("http://localhost/api/geoparse", { method: "POST", body: `{"text": "${secret}"` }));
    expect(res.status).toBe(500);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[route\] POST \/api\/geoparse failed \(ref [0-9a-f]+\): SyntaxError/);
    expect(lines[0]).not.toContain(secret);
    expect(lines[0]).not.toMatch(/Unexpected|not valid|Expected/);
  });

  it("keeps control characters of a hostile path out of the log line", async () => {
    const { lines, log } = collect();
    const handler = guardRoute(() => {
      throw new Error("x");
    }, log);
    await handler(new Request("http://localhost/api/articles/%0a%0dFAKE%20LINE"));
    expect(lines[0]).not.toMatch(/[\r\n]/);
    expect(lines[0]).toContain("/api/articles/%0a%0dFAKE%20LINE");
  });

  it("lets Next's own control flow (notFound, redirect) through for Next to answer", async () => {
    const { lines, log } = collect();
    await expect(guardRoute(() => notFound(), log)(new Request("http://localhost/a"))).rejects.toMatchObject({ digest: expect.stringMatching(/NEXT_HTTP_ERROR_FALLBACK;404/) });
    await expect(guardRoute(() => redirect("/"), log)(new Request("http://localhost/a"))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    expect(lines).toEqual([]);
  });

  it("answers a thrown non-Error too", async () => {
    const { lines, log } = collect();
    const res = await guardRoute(() => {
      throw "a string"; // eslint-disable-line no-throw-literal
    }, log)(new Request("http://localhost/api/og"));
    expect(res.status).toBe(500);
    expect(lines[0]).toMatch(/non-Error thrown \(string\)$/);
  });
});
