/** 13812341234 → 138****1234; +8613812341234 → +86138****1234; short numbers keep only the last 2. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/^\+/, '');
  const plus = phone.startsWith('+') ? '+' : '';
  if (digits.length >= 11) return `${plus}${digits.slice(0, digits.length - 8)}****${digits.slice(-4)}`;
  return `${plus}${'*'.repeat(Math.max(0, digits.length - 2))}${digits.slice(-2)}`;
}

/** zhang.san@example.com → z***@example.com */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}***@${domain ?? ''}`;
}
