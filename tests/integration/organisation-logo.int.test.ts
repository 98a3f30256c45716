import sharp from "sharp";
import { db } from "@/lib/db/client";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createMember } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { removeOrganisationLogoAction } from "@/lib/organisations/actions";
import { serveLogo as serveLogoRoute, uploadLogo } from "@/lib/organisations/logo-handlers";
import { routeContext } from "@/tests/helpers/route-context";

const serveLogo = (request: Request, id: string) => serveLogoRoute(request, routeContext({ id }));
/** The removal's outcome: "removed" or the refusal's code. */
const deleteLogo = async (organisationId: string) => {
  const result = await removeOrganisationLogoAction({ organisationId });
  return result.data ? "removed" : result.serverError;
};

const post = async (id: string, bytes: Uint8Array) => {
  const form = new FormData();
  form.set("file", new File([bytes as BlobPart], "logo.png"));
  return uploadLogo(
    new Request(`http://localhost/api/organisations/${id}/logo`, { method: "POST", body: form }),
    routeContext({ id }),
  );
};

let organisationId: string;
beforeAll(async () => {
  await createInstanceSettings();
  organisationId = (await createOrganisation({ name: "Fundacja z Logo" })).id;
});

describe("organisation logos", () => {
  it("are uploaded by owners, re-encoded, served with an ETag, and removed", async () => {
    actAs(await createMember(organisationId, "OWNER"));
    const image = await sharp({ create: { width: 800, height: 800, channels: 4, background: "#ff0000" } })
      .png()
      .toBuffer();
    expect((await post(organisationId, image)).status).toBe(200);

    const served = await serveLogo(new Request("http://localhost/logo"), organisationId);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 400, 400]);
    const again = await serveLogo(
      new Request("http://localhost/logo", { headers: { "if-none-match": served.headers.get("etag")! } }),
      organisationId,
    );
    expect(again.status).toBe(304);
    expect(await db().organisationChange.count({ where: { organisationId, source: "profile" } })).toBe(1);

    expect(await deleteLogo(organisationId)).toBe("removed");
    expect((await serveLogo(new Request("http://localhost/logo"), organisationId)).status).toBe(404);
  });

  it("refuses a file that is not an image, keeping the logo already there", async () => {
    actAs(await createMember(organisationId, "OWNER"));
    await post(
      organisationId,
      await sharp({ create: { width: 10, height: 10, channels: 3, background: "#00f" } })
        .png()
        .toBuffer(),
    );
    const response = await post(organisationId, new TextEncoder().encode("<html><script>alert(1)</script></html>"));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "NOT_AN_IMAGE" } });
    expect((await serveLogo(new Request("http://localhost/logo"), organisationId)).status).toBe(200);
  });

  it("may be changed only by those who edit the organisation", async () => {
    const image = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#0f0" } })
      .png()
      .toBuffer();
    actAs(await createMember(organisationId, "MEMBER"));
    expect((await post(organisationId, image)).status).toBe(403);
    expect(await deleteLogo(organisationId)).toBe("FORBIDDEN");
    const other = (await createOrganisation({ name: "Fundacja Inna" })).id;
    actAs(await createMember(other, "OWNER"));
    expect((await post(organisationId, image)).status).toBe(403);
    actAs(null);
    expect((await post(organisationId, image)).status).toBe(401);
    expect((await post("nie-ma-takiej-organizacji-0000000", image)).status).toBe(404);
  });
});
