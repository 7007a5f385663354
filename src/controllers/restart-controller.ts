import type { ReactiveElement } from 'lit';

export interface RestartOptions {
  /** The merchant's way to a new session (`fetchClientSecret`), if it gave one. */
  fetchSecret: () => (() => Promise<string>) | null;
  /** Mounts the new session in place. */
  useSecret: (secret: string) => void;
  /** Without a way to a new session, a fresh page is one. */
  reloadPage: () => void;
}

/** Start again after expiry (CONTRACT §6): a new session from the merchant's server, mounted in place. */
export class RestartController {
  restarting = false;
  failed = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: RestartOptions,
  ) {}

  get available(): boolean {
    return this.options.fetchSecret() !== null;
  }

  readonly restart = async (): Promise<void> => {
    const fetchSecret = this.options.fetchSecret();
    if (!fetchSecret) {
      this.options.reloadPage();
      return;
    }
    if (this.restarting) return;
    this.restarting = true;
    this.failed = false;
    this.host.requestUpdate();
    let secret: unknown;
    try {
      secret = await fetchSecret();
    } catch (error) {
      console.warn('[xpay-checkout] fetchClientSecret failed while starting again', error);
    }
    this.restarting = false;
    if (typeof secret === 'string' && secret !== '') this.options.useSecret(secret);
    else this.failed = true;
    this.host.requestUpdate();
  };
}
