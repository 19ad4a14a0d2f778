export function tileOrigin(template: string | undefined): string | null;
export function contentSecurityPolicy(options: { tileUrl?: string | undefined; dev?: boolean }): string;
export function securityHeaders(options: { tileUrl?: string | undefined; dev?: boolean }): { key: string; value: string }[];
