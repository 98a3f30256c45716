// Lets the production server set an answer's headers from its whole body: the
// CSP of a page lists the hashes of its inline scripts, known only once the
// page is complete. Next.js writes our pages whole (metadata is blocking, see
// htmlLimitedBots in next.config.js; no page streams behind Suspense), so
// holding a page back costs its bytes in memory and nothing in latency.
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

export interface AnswerHooks {
  /** Which answers to hold until complete, decided from the headers once Next.js starts sending. */
  hold: (response: ServerResponse) => boolean;
  /** Called for every answer just before its headers go out: the last chance to change them. */
  beforeHeaders?: (response: ServerResponse) => void;
  /**
   * Called with a held answer's complete body: a promise of another body sends
   * that one instead, once it comes (null keeps the body).
   */
  replace?: (response: ServerResponse, body: Buffer) => Promise<Buffer | null> | null;
  /** Called with a held answer's complete body (as it will be sent) before its headers go out. */
  complete: (response: ServerResponse, body: Buffer) => void;
}

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;
type WriteHead = (status: number, ...rest: unknown[]) => ServerResponse;

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk);
  return Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
}

/** writeHead's headers (an object, or a flat list of names and values) set one by one, so they can still change. */
function applyHeaders(response: ServerResponse, headers: unknown): void {
  if (Array.isArray(headers)) {
    const flat = headers.flat() as string[];
    for (let i = 0; i + 1 < flat.length; i += 2) response.setHeader(flat[i]!, flat[i + 1]!);
  } else if (headers && typeof headers === "object") {
    for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders))
      if (value !== undefined) response.setHeader(name, value);
  }
}

/** Patches `response` so that `hooks` see its headers before they are sent, and a held answer's whole body. */
export function holdAnswer(response: ServerResponse, hooks: AnswerHooks): void {
  const original = {
    write: response.write as Write,
    end: response.end as End,
    writeHead: response.writeHead as WriteHead,
    flushHeaders: response.flushHeaders,
  };
  let mode: "undecided" | "hold" | "pass" = "undecided";
  const chunks: Buffer[] = [];
  const decide = () => {
    if (mode !== "undecided") return mode;
    hooks.beforeHeaders?.(response);
    mode = hooks.hold(response) ? "hold" : "pass";
    // The patches stay and pass calls on: putting the original methods back
    // would also drop whatever Next.js patched on top of these since (its
    // compression redirects \`on("drain")\`: a large answer then waited forever).
    return mode;
  };

  response.writeHead = ((status: number, ...rest: unknown[]) => {
    response.statusCode = status;
    const headers = typeof rest[0] === "string" ? rest[1] : rest[0];
    if (typeof rest[0] === "string") response.statusMessage = rest[0];
    applyHeaders(response, headers);
    if (decide() === "pass") return original.writeHead.call(response, status);
    return response;
  }) as typeof response.writeHead;
  response.flushHeaders = () => {
    if (decide() === "pass") original.flushHeaders.call(response);
  };
  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    if (decide() === "pass") return original.write.call(response, chunk, encoding, callback);
    const buffer = toBuffer(chunk, encoding);
    if (buffer) chunks.push(buffer);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done as () => void);
    // Nothing is sent yet, so there is never back-pressure to wait for.
    return true;
  }) as typeof response.write;
  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (decide() === "pass") return original.end.call(response, chunk, encoding, callback);
    const buffer = toBuffer(chunk, encoding);
    if (buffer) chunks.push(buffer);
    const done = [chunk, encoding, callback].find((argument) => typeof argument === "function");
    const send = (body: Buffer) => {
      hooks.complete(response, body);
      // From here calls pass on: Node's end() sends the headers through writeHead.
      mode = "pass";
      // A HEAD answer has no body here, and its length is the page's, which Next.js did not say.
      if (response.req?.method !== "HEAD") response.setHeader("content-length", body.length);
      return original.end.call(response, body, done);
    };
    const body = Buffer.concat(chunks);
    const replacement = hooks.replace?.(response, body);
    if (!replacement) return send(body);
    replacement.then(
      (other) => send(other ?? body),
      () => send(body),
    );
    return response;
  }) as typeof response.end;
}
