import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// Forms here read messages from many namespaces: they get the whole catalogue.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}
