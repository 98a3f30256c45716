import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

// Dependency direction: the job handlers reach into every domain, and every
// domain enqueues, so only the worker loads them; start-up code (lib/cli:
// launcher, worker, migrations, database preparation) loads the platform, never
// the other way round. `npm run lint:cycles` catches the cycles that remain possible.
const dependencyDirection = [
  {
    group: ["@/lib/jobs/handlers"],
    message: "Only lib/jobs/worker.ts loads the job handlers; enqueue with lib/jobs/enqueue.ts.",
  },
  { group: ["@/lib/cli/*"], message: "lib/cli is start-up code: what it starts does not import it." },
];

const config = [
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".data/",
      "lib/generated/",
      "next-env.d.ts",
      "test-results/",
      "playwright-report/",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    rules: {
      // Accessibility rules beyond Next's defaults (the plugin comes with eslint-config-next).
      "jsx-a11y/alt-text": "error",
      "jsx-a11y/anchor-has-content": "error",
      "jsx-a11y/anchor-is-valid": "error",
      "jsx-a11y/aria-props": "error",
      "jsx-a11y/aria-role": "error",
      "jsx-a11y/heading-has-content": "error",
      "jsx-a11y/html-has-lang": "error",
      "jsx-a11y/no-autofocus": "error",
      "jsx-a11y/no-redundant-roles": "error",
      "jsx-a11y/role-has-required-aria-props": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Configuration is read and validated only in lib/env.ts.
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through env() from lib/env.ts.",
        },
      ],
    },
  },
  {
    files: ["lib/env.ts", "next.config.js", "prisma.config.ts", "playwright.config.ts", "lib/cli/**", "tests/**"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // Next.js replaces process.env.NEXT_RUNTIME at build time, which keeps Node-only code out of the edge bundle.
    files: ["instrumentation.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // Next.js loads its configuration as CommonJS.
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.{ts,tsx}"],
    ignores: ["lib/cli/**", "lib/jobs/worker.ts", "tests/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: dependencyDirection }] },
  },
  {
    // Pages and components read data through lib/<area>/queries.ts, never Prisma directly.
    files: ["app/**", "components/**", "proxy.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/client", "@/lib/generated/prisma/client"],
              message: "Prisma is called only from lib/; use the area's queries.",
            },
            ...dependencyDirection,
          ],
        },
      ],
    },
  },
  {
    // Actions check input and permission and call the area's queries and mutations; Prisma stays in those.
    files: ["lib/**/actions.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/client"],
              message: "An action reads through the area's queries.ts and writes through its mutations.ts.",
            },
            ...dependencyDirection,
          ],
        },
      ],
    },
  },
];

export default config;
