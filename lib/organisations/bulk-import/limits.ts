// Limits of an upload, shared by the server and the form (which warns before sending).
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;
