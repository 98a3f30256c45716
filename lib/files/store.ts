// The one place files' bytes are kept. Local disk by default (FILE_STORAGE_DIR,
// outside `public/`); with FILE_STORAGE=s3, any S3-compatible store, so that
// several instances of the app share the same files.
import { env, type Env } from "@/lib/env";
import type { FileStore } from "@/lib/files/file-store";
import { LocalFileStore } from "@/lib/files/local-store";
import { S3FileStore } from "@/lib/files/s3-store";

// Built from the configuration it was made for: when the configuration is
// read again (resetEnvCache, setDatabaseUrl), the next call builds it anew.
let current: { config: Env; store: FileStore } | undefined;

export function fileStore(): FileStore {
  const config = env();
  if (current?.config !== config) {
    const store =
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
    current = { config, store };
  }
  return current.store;
}
