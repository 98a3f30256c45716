// What the upload route handlers share (spreadsheets, logos, documents):
// refusals as JSON with a code, and the "file" field of a multipart body read
// with a byte limit (routeHandler's `upload`). Route handlers, because server
// actions cap bodies at 1 MB.

export function refusal(status: number, code: string): Response {
  return Response.json({ error: { code } }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * The body's bytes, or null as soon as more than `maxBytes` have arrived.
 * Content-Length is only a claim (a chunked body has none), so the bytes are
 * counted as they stream in and the rest is never read.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The uploaded file with the rest of the form, or the refusal: TOO_LARGE (while the body streams in, then the file), MISSING. */
export async function readUploadedForm(
  request: Request,
  maxBytes: number,
): Promise<{ file: File; form: FormData } | Response> {
  // Multipart overhead and the other fields stay well under 64 KB.
  const body = await readBodyWithin(request, maxBytes + 64 * 1024).catch(() => undefined);
  if (body === null) return refusal(413, "TOO_LARGE");
  const contentType = request.headers.get("content-type");
  const form =
    body && contentType
      ? await new Response(body as BlobPart, { headers: { "Content-Type": contentType } }).formData().catch(() => null)
      : null;
  const file = form?.get("file");
  if (!form || !(file instanceof File) || file.size === 0) return refusal(400, "MISSING");
  if (file.size > maxBytes) return refusal(413, "TOO_LARGE");
  return { file, form };
}
