// A value made when first used: the command line's stand-in for data that a module makes as it
// loads, when most commands never read it. It reads as the value, and cannot be changed.
export function deferred<T extends object>(shell: T, make: () => T): T {
  let made: T | undefined;
  const real = () => (made ??= make());
  return new Proxy(shell, {
    get: (_, key) => Reflect.get(real(), key, real()) as unknown,
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(real(), key),
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  });
}
