// A browser wallet for the tests: an EIP-1193 provider injected into the page that forwards every request to a local
// JSON-RPC node, as a wallet extension forwards to its node, and can decline a send as a user would.

/** The wallet the page sees: each request goes to the node; the send numbered `window.wallet.decline` is declined. */
export function injectWallet(url: string) {
  const wallet = { decline: 0, sends: 0 };
  (window as unknown as { wallet: typeof wallet }).wallet = wallet;
  (window as unknown as { ethereum: unknown }).ethereum = {
    async request({ method, params }: { method: string; params?: unknown[] }) {
      if (method === 'eth_sendTransaction') {
        wallet.sends += 1;
        if (wallet.sends === wallet.decline)
          throw Object.assign(new Error('User rejected the request.'), { code: 4001 });
      }
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: method === 'eth_requestAccounts' ? 'eth_accounts' : method,
          params: params ?? [],
        }),
      });
      const answer = await response.json();
      if (answer.error) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
      return answer.result;
    },
  };
}
