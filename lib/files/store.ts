// The one place files' bytes are kept. Local disk by default (FILE_STORAGE_DIR,
// outside `public/`); with FILE_STORAGE=s3, any S3-compatible store, so that
// several instances of the app share the same files.
import { env } from "@/lib/env";
import type { FileStore } from "@/lib/files/file-store";
import { LocalFileStore } from "@/lib/files/local-store";
import { S3FileStore } from "@/lib/files/s3-store";

let store: FileStore | undefined;

export function fileStore(): FileStore {
  if (!store) {
    const config = env();
    store =
      config.FILE_STORAGE === "s3"
        ? new S3FileStore({
            endpoint: config.S3_ENDPOINT!,
            bucket: config.S3_BUCKET!,
            region: config.S3_REGION,
            accessKeyId: config.S3_ACCESS_KEY_ID!,
            secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
            pathStyle: config.S3_FORCE_PATH_STYLE,
          })
        : new LocalFileStore(config.FILE_STORAGE_DIR);
  }
  return store;
}

/** Forgets the configured store (tests that change the environment). */
export function resetFileStore(): void {
  store = undefined;
}
