export type LimitedBody = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true; read: number };

/**
 * Reads a request body but stops, and cancels the stream, as soon as it passes `limit` bytes, so
 * an oversized or lying (Content-Length too small, chunked) upload costs at most limit + one chunk.
 *
 * @example await readLimitedBody(request.body, 100 * 1024) // { ok: true, bytes } or { ok: false, tooLarge: true, read }
 */
export async function readLimitedBody(body: ReadableStream<Uint8Array> | null, limit: number): Promise<LimitedBody> {
  if (!body) return { ok: true, bytes: new Uint8Array() };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    if (read > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, tooLarge: true, read };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(read);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}
