/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The app version from package.json, written in at build time. */
  readonly VITE_APP_VERSION: string;
}
