// Two Jest projects: `unit` (pure logic and components, next to the code) and
// `integration` (tests/integration, against a real PostgreSQL, run serially).
import nextJest from "next/jest.js";

const createJestConfig = nextJest({ dir: "./" });

const common = {
  moduleNameMapper: {
    "^server-only$": "<rootDir>/tests/helpers/empty-module.js",
    "^@/(.*)$": "<rootDir>/$1",
    // unpdf's PDF.js bundle is published for `import` only.
    "^unpdf/pdfjs$": "<rootDir>/node_modules/unpdf/dist/pdfjs.mjs",
  },
  testPathIgnorePatterns: ["/node_modules/", "/.next/", "/.data/"],
};

const unit = await createJestConfig({
  ...common,
  displayName: "unit",
  testEnvironment: "node",
  testMatch: ["<rootDir>/lib/**/*.test.ts", "<rootDir>/components/**/*.test.tsx"],
  setupFilesAfterEnv: ["<rootDir>/tests/helpers/jest-dom.ts"],
})();

const integration = await createJestConfig({
  ...common,
  displayName: "integration",
  testEnvironment: "node",
  testMatch: ["<rootDir>/tests/integration/**/*.int.test.ts"],
  globalSetup: "<rootDir>/tests/integration/global-setup.ts",
  globalTeardown: "<rootDir>/tests/integration/global-teardown.ts",
  setupFilesAfterEnv: ["<rootDir>/tests/integration/setup-file.ts"],
})();

// next-intl and its ICU helpers ship only ES modules; next/jest would leave
// every node_modules file untransformed.
const esmPackages = [
  "next-intl",
  "use-intl",
  "@formatjs",
  "intl-messageformat",
  "icu-minify",
  "@schummar/icu-type-parser",
  "next-safe-action",
  "@scure",
  "@noble",
  "@otplib",
  "otplib",
  "unpdf",
];
for (const project of [unit, integration]) {
  project.transformIgnorePatterns = [
    `/node_modules/(?!(${esmPackages.join("|")})/)`,
    "^.+\\.module\\.(css|sass|scss)$",
  ];
}

const config = { projects: [unit, integration] };

export default config;
