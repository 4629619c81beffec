/**
 * The tab's sessionStorage, for where a learner or a trainer stands in something they are
 * in the middle of (a quiz, a presentation): it belongs to the tab and ends with it, so a
 * reload picks it up and a new tab starts afresh. A browser that refuses storage keeps
 * nothing, and the page works as it would without.
 */
export const tabStorage = {
  read(key: string): string | null {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  keep(key: string, value: unknown) {
    try {
      sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Full or refused: a reload starts afresh, as it would with nothing kept.
    }
  },
  forget(key: string) {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // Nothing was kept.
    }
  },
};
