// Security notices: the person hears of changes to their own account's
// protection, so a change they did not make does not go unnoticed. The actor
// is left empty on purpose: the person who made the change is told too.
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";

export async function notifySecurityChange(
  userId: string,
  change:
    | { type: "security.password_changed" }
    | { type: "security.two_factor_changed"; state: "on" | "off" }
    | { type: "security.new_sign_in"; browser: string },
  tx: Prisma.TransactionClient,
): Promise<void> {
  await notify(
    {
      type: change.type,
      subject: { type: "User", id: userId, title: "", link: { pathname: "/account" } },
      audience: { users: [userId] },
      data:
        change.type === "security.two_factor_changed"
          ? { state: change.state }
          : change.type === "security.new_sign_in"
            ? { browser: change.browser }
            : {},
    },
    tx,
  );
}
