export declare const DEFAULT_PUBLIC_BASE_URL: string;
export declare const TEMPLATE_PATH: string;
export declare class ManifestConfigurationError extends Error {
  readonly code: 'manifest.configuration';
}
export declare function normaliseBaseUrl(raw: string | undefined): string;
export declare function renderManifest(baseUrl?: string, clientId?: string): string;
