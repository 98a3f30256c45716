/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { signIn } from "next-auth/react";
import { SignedInAfterConfirmation } from "@/components/accounts/signed-in-after-confirmation";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("next-auth/react", () => ({ signIn: jest.fn() }));
const push = jest.fn();
jest.mock("@/lib/i18n/navigation", () => ({
  ...jest.requireActual("@/lib/i18n/navigation"),
  useRouter: () => ({ push, refresh: jest.fn() }),
}));
const mockedSignIn = signIn as jest.MockedFunction<typeof signIn>;

beforeEach(() => {
  mockedSignIn.mockReset();
  push.mockReset();
});

describe("after confirming the address (issue 18)", () => {
  it("signs the person in with the one-time token, once, and opens their account", async () => {
    mockedSignIn.mockResolvedValue({ ok: true, error: null, status: 200, url: null });
    const { rerender } = renderWithIntl(
      <SignedInAfterConfirmation email="ola@example.org" signInToken={"t".repeat(43)} />,
    );
    expect(screen.getByText("Twoje konto jest aktywne. Logujemy Cię…")).toBeInTheDocument();
    rerender(<SignedInAfterConfirmation email="ola@example.org" signInToken={"t".repeat(43)} />);
    await waitFor(() => expect(push).toHaveBeenCalledWith({ pathname: "/account", query: { welcome: "1" } }));
    expect(mockedSignIn).toHaveBeenCalledTimes(1);
    expect(mockedSignIn).toHaveBeenCalledWith("credentials", { signInToken: "t".repeat(43), redirect: false });
  });

  it("says why the person must sign in when the account has two-factor authentication, with the address filled in", () => {
    renderWithIntl(<SignedInAfterConfirmation email="ola@example.org" signInToken={null} />);
    expect(screen.getByText(/Ma włączone uwierzytelnianie dwuskładnikowe/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Przejdź do logowania" })).toHaveAttribute(
      "href",
      "/logowanie?email=ola%40example.org",
    );
    expect(mockedSignIn).not.toHaveBeenCalled();
  });

  it("offers the sign-in form when signing in by itself failed", async () => {
    mockedSignIn.mockResolvedValue({ ok: false, error: "INVALID_CREDENTIALS", status: 401, url: null });
    renderWithIntl(<SignedInAfterConfirmation email="ola@example.org" signInToken={"t".repeat(43)} />);
    expect(await screen.findByText(/nie udało się zalogować Cię automatycznie/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Przejdź do logowania" })).toHaveAttribute(
      "href",
      "/logowanie?email=ola%40example.org",
    );
    expect(push).not.toHaveBeenCalled();
  });
});
