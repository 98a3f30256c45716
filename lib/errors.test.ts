import { AppError, appErrorCodes, toPublicError } from "@/lib/errors";
import { locales } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { log } from "@/lib/log";

describe("toPublicError", () => {
  it("passes on an AppError's code and status, never its detail", () => {
    const result = toPublicError(new AppError("FORBIDDEN", "user 42 is not an editor of org 7"));
    expect(result).toEqual({ code: "FORBIDDEN", status: 403 });
    expect(JSON.stringify(result)).not.toContain("user 42");
  });

  it("turns any other error into INTERNAL and logs it", () => {
    const spy = jest.spyOn(log, "error").mockImplementation(() => undefined);
    const result = toPublicError(new Error('relation "User" does not exist'), { route: "/x" });
    expect(result).toEqual({ code: "INTERNAL", status: 500 });
    expect(spy).toHaveBeenCalledWith("unexpected error", expect.objectContaining({ route: "/x" }));
    spy.mockRestore();
  });

  it.each(locales)("every code has a translated message in %s", (locale) => {
    const errors = messagesFor(locale).errors as Record<string, string>;
    for (const code of appErrorCodes) expect(errors[code]).toEqual(expect.any(String));
  });
});
