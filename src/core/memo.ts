/**
 * `derive`, computed once per object and kept while the object lives. For the indexes the rules
 * build over a mapping or a describe's fields: several rules ask for the same one, and a file may
 * map one object many times.
 */
export function derivedOnce<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = derive(key);
      cache.set(key, value);
    }
    return value;
  };
}
