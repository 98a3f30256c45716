// A local S3-compatible object store for tests: PUT, GET and DELETE of objects
// in path-style buckets, refusing any request whose AWS Signature V4 does not
// verify against the test credentials (recomputed here with node:crypto,
// independently of the signer the app uses).
import { createHash, createHmac } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export const S3_TEST_CREDENTIALS = {
  accessKeyId: "TESTKEY",
  secretAccessKey: "test-secret-key-0123456789",
  region: "eu-central-1",
  bucket: "ngo-files",
};

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();

function signatureIsValid(request: IncomingMessage, body: Buffer): boolean {
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      request.headers.authorization ?? "",
    );
  if (!match) return false;
  const [, keyId, date, region, signedHeaders, signature] = match as unknown as string[];
  if (keyId !== S3_TEST_CREDENTIALS.accessKeyId || region !== S3_TEST_CREDENTIALS.region) return false;
  const payloadHash = request.headers["x-amz-content-sha256"];
  if (payloadHash !== "UNSIGNED-PAYLOAD" && payloadHash !== sha256(body)) return false;
  const url = new URL(request.url ?? "/", "http://localhost");
  const canonicalHeaders = signedHeaders!
    .split(";")
    .map(
      (name) =>
        `${name}:${String(request.headers[name] ?? "")
          .trim()
          .replace(/\s+/g, " ")}\n`,
    )
    .join("");
  const canonicalRequest = [
    request.method,
    url.pathname,
    url.searchParams.toString(),
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join("\n");
  const scope = `${date}/${region}/s3/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", request.headers["x-amz-date"], scope, sha256(canonicalRequest)].join("\n");
  const key = hmac(
    hmac(hmac(hmac(`AWS4${S3_TEST_CREDENTIALS.secretAccessKey}`, date!), region!), "s3"),
    "aws4_request",
  );
  return createHmac("sha256", key).update(toSign).digest("hex") === signature;
}

export async function startS3Server(): Promise<{
  url: string;
  objects: Map<string, { body: Buffer; contentType: string }>;
  close: () => Promise<void>;
}> {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      if (!signatureIsValid(request, body))
        return void response.writeHead(403).end("<Error><Code>SignatureDoesNotMatch</Code></Error>");
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      if (!path.startsWith(`/${S3_TEST_CREDENTIALS.bucket}/`))
        return void response.writeHead(404).end("<Error><Code>NoSuchBucket</Code></Error>");
      const object = objects.get(path);
      if (request.method === "PUT") {
        objects.set(path, { body, contentType: String(request.headers["content-type"] ?? "") });
        return void response.writeHead(200).end();
      }
      if (request.method === "DELETE") {
        objects.delete(path);
        return void response.writeHead(204).end();
      }
      if (request.method === "GET" && object)
        return void response.writeHead(200, { "Content-Type": object.contentType }).end(object.body);
      response.writeHead(404).end("<Error><Code>NoSuchKey</Code></Error>");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
