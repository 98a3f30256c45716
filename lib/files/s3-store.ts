// Files in an S3-compatible object store (AWS S3, MinIO, Ceph, the cloud
// offers of Polish providers). Requests are signed with AWS Signature V4 by
// aws4fetch, a small, dependency-free signer, instead of the full AWS SDK.
import { AwsClient } from "aws4fetch";
import type { FileStore } from "@/lib/files/file-store";

export type S3Config = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Bucket in the path (MinIO and most self-hosted stores) rather than in the host name. */
  pathStyle: boolean;
};

export class S3FileStore implements FileStore {
  private readonly client: AwsClient;

  constructor(private readonly config: S3Config) {
    this.client = new AwsClient({
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      region: config.region,
      service: "s3",
    });
  }

  private urlOf(key: string): string {
    const endpoint = new URL(this.config.endpoint);
    const encodedKey = key.split("/").map(encodeURIComponent).join("/");
    if (this.config.pathStyle) return `${endpoint.origin}/${this.config.bucket}/${encodedKey}`;
    return `${endpoint.protocol}//${this.config.bucket}.${endpoint.host}/${encodedKey}`;
  }

  private async send(
    method: string,
    key: string,
    init: { body?: Uint8Array; contentType?: string } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = {};
    if (init.contentType) headers["Content-Type"] = init.contentType;
    return this.client.fetch(this.urlOf(key), {
      method,
      headers,
      body: init.body as BodyInit | undefined,
      signal: AbortSignal.timeout(30_000),
    });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const response = await this.send("PUT", key, { body: bytes, contentType });
    if (!response.ok) throw new Error(`S3 PUT ${key} failed: ${response.status} ${await response.text()}`);
  }

  async get(key: string): Promise<Uint8Array | null> {
    const response = await this.send("GET", key);
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`S3 GET ${key} failed: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const response = await this.send("DELETE", key);
    if (!response.ok && response.status !== 404) throw new Error(`S3 DELETE ${key} failed: ${response.status}`);
  }
}
