// A browser stand-in for Node's `events` module, aliased in for pouchdb-browser (which imports
// `events`; Vite leaves Node built-ins out of browser bundles). Only the EventEmitter methods
// PouchDB calls, with Node's semantics: listeners run synchronously in registration order, and
// an `error` event nobody listens to is thrown.

type Listener = (...args: unknown[]) => void;

const handlersKey = Symbol('handlers');
type Handlers = Map<string | symbol, Listener[]>;

/** The emitter's own listener map, created on first use (never read through the prototype). */
function handlersOf(emitter: object): Handlers {
  const holder = emitter as { [handlersKey]?: Handlers };
  if (!Object.hasOwn(holder, handlersKey)) {
    Object.defineProperty(holder, handlersKey, { value: new Map(), enumerable: false });
  }
  return holder[handlersKey] as Handlers;
}

export class EventEmitter {
  private get handlers(): Handlers {
    return handlersOf(this);
  }

  on(event: string | symbol, listener: Listener): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), listener]);
    return this;
  }

  addListener(event: string | symbol, listener: Listener): this {
    return this.on(event, listener);
  }

  once(event: string | symbol, listener: Listener): this {
    const wrapped: Listener & { listener?: Listener } = (...args) => {
      this.removeListener(event, wrapped);
      listener.apply(this, args);
    };
    wrapped.listener = listener;
    return this.on(event, wrapped);
  }

  removeListener(event: string | symbol, listener: Listener): this {
    const list = this.handlers.get(event);
    if (!list) return this;
    const index = list.findIndex((l) => l === listener || (l as { listener?: Listener }).listener === listener);
    if (index >= 0) list.splice(index, 1);
    if (list.length === 0) this.handlers.delete(event);
    return this;
  }

  off(event: string | symbol, listener: Listener): this {
    return this.removeListener(event, listener);
  }

  removeAllListeners(event?: string | symbol): this {
    if (event === undefined) this.handlers.clear();
    else this.handlers.delete(event);
    return this;
  }

  emit(event: string | symbol, ...args: unknown[]): boolean {
    const list = this.handlers.get(event);
    if (!list || list.length === 0) {
      if (event === 'error') throw args[0] instanceof Error ? args[0] : new Error(String(args[0]));
      return false;
    }
    for (const listener of [...list]) listener.apply(this, args);
    return true;
  }

  listeners(event: string | symbol): Listener[] {
    return [...(this.handlers.get(event) ?? [])];
  }

  listenerCount(event: string | symbol): number {
    return this.handlers.get(event)?.length ?? 0;
  }

  setMaxListeners(): this {
    return this;
  }
}

// PouchDB copies the emitter's methods onto its constructor through `Object.keys(EE.prototype)`,
// which sees only enumerable properties (as Node's function-style prototype methods are).
for (const key of Object.getOwnPropertyNames(EventEmitter.prototype)) {
  const descriptor = Object.getOwnPropertyDescriptor(EventEmitter.prototype, key);
  if (key !== 'constructor' && typeof descriptor?.value === 'function') {
    Object.defineProperty(EventEmitter.prototype, key, { enumerable: true });
  }
}

export default EventEmitter;
