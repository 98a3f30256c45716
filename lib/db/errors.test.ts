import { uniqueViolationFields } from "@/lib/db/errors";
import { Prisma } from "@/lib/generated/prisma/client";

const violation = (meta: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: "7", meta });

describe("uniqueViolationFields", () => {
  it("reads the columns wherever Prisma put them", () => {
    expect(uniqueViolationFields(violation({ target: ["nip"] }))).toEqual(["nip"]);
    expect(
      uniqueViolationFields(violation({ driverAdapterError: { cause: { constraint: { fields: ['"krs"'] } } } })),
    ).toEqual(["krs"]);
    expect(
      uniqueViolationFields(
        violation({ driverAdapterError: { cause: { constraint: { index: "Organisation_slug_key" } } } }),
      ),
    ).toEqual(["slug"]);
  });

  it("ignores every other error", () => {
    expect(uniqueViolationFields(new Error("x"))).toBeNull();
    expect(
      uniqueViolationFields(new Prisma.PrismaClientKnownRequestError("x", { code: "P2025", clientVersion: "7" })),
    ).toBeNull();
  });
});
