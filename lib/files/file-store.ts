// What every place that keeps files' bytes offers. The implementations
// (lib/files/local-store.ts, lib/files/s3-store.ts) import only this; which one
// the platform uses is chosen in lib/files/store.ts.
export interface FileStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the bytes; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
}
