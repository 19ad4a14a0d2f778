export type HeaderPair = { key: string; value: string };
export function tileOrigin(template: string | undefined): string | null;
export function contentSecurityPolicy(options: { tileUrl?: string | undefined; dev?: boolean; nonce?: string | undefined }): string;
export const PERMISSIONS_POLICY: string;
export const HSTS: string;
export function servedOverHttps(options: { forwardedProto?: string | null | undefined; siteUrl?: string | undefined }): boolean;
export function securityHeaders(): HeaderPair[];
export function requestSecurityHeaders(options: {
  page: boolean;
  nonce?: string | undefined;
  https: boolean;
  tileUrl?: string | undefined;
  dev?: boolean;
}): HeaderPair[];
