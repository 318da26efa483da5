/**
 * One picture's object URL at a time. Each `createObjectURL` keeps its Blob alive until revoked,
 * so a card that refreshes its webcam every 10 s would leak a picture per refresh without this.
 */
export interface ObjectUrls {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

export interface ObjectUrlSlot {
  /** Revokes the previous URL first, then makes one for `blob`; null once disposed (nothing made). */
  show(blob: Blob): string | null;
  readonly url: string | null;
  /** Revokes the current URL; later `show` calls make none (a late snapshot for a card gone away). */
  dispose(): void;
}

export function createObjectUrlSlot(urls: ObjectUrls = URL): ObjectUrlSlot {
  let url: string | null = null;
  let disposed = false;
  const release = () => {
    if (url !== null) urls.revokeObjectURL(url);
    url = null;
  };
  return {
    show(blob) {
      if (disposed) return null;
      // Revoking before creating keeps at most one URL alive, even for a moment; the <img>
      // keeps showing the picture it already decoded until its src changes.
      release();
      url = urls.createObjectURL(blob);
      return url;
    },
    get url() {
      return url;
    },
    dispose() {
      disposed = true;
      release();
    },
  };
}
