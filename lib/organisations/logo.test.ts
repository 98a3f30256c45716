/**
 * @jest-environment node
 */
import sharp from "sharp";
import { ImageError } from "@/lib/files/images";
import { reencodeLogo } from "@/lib/organisations/logo";

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#1e40af" } })
    .png()
    .toBuffer();
const failure = (bytes: Uint8Array) =>
  reencodeLogo(bytes).then(
    () => null,
    (e: ImageError) => e.failure,
  );

describe("reencodeLogo", () => {
  it("draws an upload again as a WebP of at most 400 px, keeping its proportions", async () => {
    const { data, width, height } = await reencodeLogo(await png(1000, 500));
    expect([width, height]).toEqual([400, 200]);
    expect((await sharp(data).metadata()).format).toBe("webp");
    const small = await reencodeLogo(await png(120, 80));
    expect([small.width, small.height]).toEqual([120, 80]);
  });

  it("keeps nothing of what was appended to an image", async () => {
    const polyglot = Buffer.concat([await png(50, 50), Buffer.from("<script>alert(1)</script><html>")]);
    const { data } = await reencodeLogo(polyglot);
    expect(data.toString("latin1")).not.toContain("<script>");
  });

  it("refuses what is not a raster image, and files over 2 MB", async () => {
    expect(
      await failure(
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'),
      ),
    ).toBe("NOT_AN_IMAGE");
    expect(await failure(Buffer.from("To nie jest obraz."))).toBe("NOT_AN_IMAGE");
    expect(await failure(Buffer.from("%PDF-1.7\n%…"))).toBe("NOT_AN_IMAGE");
    expect(await failure(new Uint8Array(2 * 1024 * 1024 + 1))).toBe("TOO_LARGE");
  });
});
