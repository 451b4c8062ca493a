// SMS leaves the platform through one small interface so that another vendor (a provincial SMS platform, a
// cloud provider's SDK) can be plugged in without touching the outbox or the message centre.
import type { Config } from '../../config.ts';

export interface SmsMessage {
  /** the outbox row id as a string: the same id on every redelivery, so a gateway can drop duplicates */
  id: string;
  mobile: string;
  text: string;
}

export interface SmsGateway {
  /** resolves when the gateway accepted the message; rejects (and the outbox retries) otherwise */
  send(message: SmsMessage): Promise<void>;
}

/** Longest wait for the gateway; well inside the outbox lease, so a slow gateway never causes a second send. */
export const SMS_TIMEOUT_MS = 10_000;

/** The text citizens receive: the platform's signature, then the notification. */
export const smsText = (title: string, body: string): string => `【蒙速办】${title}：${body}`;

/**
 * The generic HTTP gateway: POST application/json `{ mobile, text, id }` to the configured URL.
 * Any 2xx answer means accepted; anything else, a timeout or a network error is a failure.
 */
export function createHttpSmsGateway(url: string, options: { timeoutMs?: number } = {}): SmsGateway {
  const timeoutMs = options.timeoutMs ?? SMS_TIMEOUT_MS;
  return {
    async send(message) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ mobile: message.mobile, text: message.text, id: message.id }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        if (name === 'TimeoutError' || name === 'AbortError') {
          throw new Error(`短信网关在 ${timeoutMs} 毫秒内没有应答`);
        }
        const cause = error instanceof Error ? (error.cause ?? error).toString() : String(error);
        throw new Error(`无法连接短信网关：${cause}`);
      }
      // drain the body so the connection can be reused; its content is only kept for the error message
      const text = await response.text().catch(() => '');
      if (!response.ok) {
        throw new Error(`短信网关返回 HTTP ${response.status}${text ? `：${text.slice(0, 200)}` : ''}`);
      }
    },
  };
}

/** The gateway the settings name, or null when SMS_GATEWAY_URL is unset (SMS is then skipped, not faked). */
export function smsGatewayFromConfig(config: Pick<Config, 'smsGatewayUrl'>): SmsGateway | null {
  return config.smsGatewayUrl ? createHttpSmsGateway(config.smsGatewayUrl) : null;
}
