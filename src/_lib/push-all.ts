/**
 * Internal: appends every element of `from` to the end of `to`. A loop, not
 * `to.push(...from)`: a spread builds an arguments list, which overflows the
 * call stack at about 100,000 elements.
 */
export function pushAll<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}
