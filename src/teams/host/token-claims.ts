/** A JWT's payload, unverified (the server verifies; the tab only reads exp and roles). UTF-8: role names have "ø". */
function jwtPayload(token: string): Record<string, unknown> | null {
  try {
    const b64 = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Seconds since epoch when a JWT expires (only to know when to ask Teams again). */
export function tokenExpiry(token: string): number | null {
  const exp = jwtPayload(token)?.exp;
  return typeof exp === 'number' ? exp : null;
}

/** Roles from the SSO token's claims: only to show or hide views; the server enforces them. */
export function rolesFromToken(token: string | null): string[] | null {
  if (!token) return null;
  const roles = jwtPayload(token)?.roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}
