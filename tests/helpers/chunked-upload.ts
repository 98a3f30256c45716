// A multipart upload that arrives in chunks with no Content-Length, as a
// client streaming a large file would send it, so tests can see how much of
// it a reader pulled before refusing it.
export const CHUNK = 64 * 1024;

/** A multipart body sent in chunks with no Content-Length, counting what the reader pulled. */
export function chunkedUpload(fileBytes: number): { request: Request; pulled: () => number } {
  const boundary = "----granica";
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`);
  let sent = 0;
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk: Uint8Array;
      if (sent === 0) chunk = head;
      else if (sent - head.length < fileBytes)
        chunk = new Uint8Array(Math.min(CHUNK, fileBytes - (sent - head.length))).fill(0x41);
      else if (sent === head.length + fileBytes) chunk = tail;
      else return controller.close();
      sent += chunk.length;
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  const request = new Request("http://localhost/upload", {
    method: "POST",
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => pulled };
}
