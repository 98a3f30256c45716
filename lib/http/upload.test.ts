import { readUploadedForm } from "@/lib/http/upload";
import { CHUNK, chunkedUpload } from "@/tests/helpers/chunked-upload";

describe("readUploadedForm", () => {
  it("refuses a chunked body without Content-Length once it passes the limit, without reading the rest", async () => {
    const limit = 1024 * 1024;
    const { request, pulled } = chunkedUpload(20 * 1024 * 1024);
    expect(request.headers.get("content-length")).toBeNull();
    const answer = await readUploadedForm(request, limit);
    expect(answer).toBeInstanceOf(Response);
    const refused = answer as Response;
    expect([refused.status, await refused.json()]).toEqual([413, { error: { code: "TOO_LARGE" } }]);
    // The limit, the allowance for the form's other fields and a chunk or two in flight: far from 20 MB.
    expect(pulled()).toBeLessThan(limit + 64 * 1024 + 4 * CHUNK);
  });

  it("reads a chunked body within the limit", async () => {
    const { request } = chunkedUpload(300 * 1024);
    const answer = await readUploadedForm(request, 1024 * 1024);
    expect(answer).not.toBeInstanceOf(Response);
    const { file } = answer as { file: File };
    expect([file.name, file.size]).toEqual(["a.pdf", 300 * 1024]);
  });

  it("refuses by Content-Length before reading anything", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array(2 * 1024 * 1024)], "a.pdf"));
    const encoded = new Request("http://localhost/upload", { method: "POST", body: form });
    const bytes = await encoded.arrayBuffer();
    const request = new Request("http://localhost/upload", {
      method: "POST",
      body: bytes,
      headers: { "Content-Type": encoded.headers.get("content-type")!, "Content-Length": String(bytes.byteLength) },
    });
    expect(((await readUploadedForm(request, 1024 * 1024)) as Response).status).toBe(413);
  });
});
