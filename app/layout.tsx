import type { ReactNode } from "react";

// The real root layout is app/[locale]/layout.tsx, which knows the language
// for <html lang>; this one only lets app/not-found.tsx exist.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
