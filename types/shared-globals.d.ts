// The shared layer runs in Node and in the page; it may use what both give it, and nothing else.
declare function structuredClone<T>(value: T): T;
