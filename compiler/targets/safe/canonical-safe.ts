/**
 * Safe v1.4.1's canonical deployments, as safe-global/safe-deployments lists them (src/assets/v1.4.1/safe.json,
 * safe_l2.json, safe_proxy_factory.json, compatibility_fallback_handler.json: `deployments.canonical`): the same
 * address on every chain Safe supports (through the Safe Singleton Factory), and the keccak256 of the runtime code there.
 */
export const canonicalSafe = {
  Safe: {
    path: 'Safe.sol/Safe.json',
    address: '0x41675C099F32341bf84BFc5382aF534df5C7461a',
    codeHash: '0x1fe2df852ba3299d6534ef416eefa406e56ced995bca886ab7a553e6d0c5e1c4',
  },
  SafeL2: {
    path: 'SafeL2.sol/SafeL2.json',
    address: '0x29fcB43b46531BcA003ddC8FCB67FFE91900C762',
    codeHash: '0xb1f926978a0f44a2c0ec8fe822418ae969bd8c3f18d61e5103100339894f81ff',
  },
  SafeProxyFactory: {
    path: 'proxies/SafeProxyFactory.sol/SafeProxyFactory.json',
    address: '0x4e1DCf7AD4e460CfD30791CCC4F9c8a4f820ec67',
    codeHash: '0x50c3cdc4074750a7a974204a716c999edd37482f907608d960b2b025ee0b3317',
  },
  CompatibilityFallbackHandler: {
    path: 'handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json',
    address: '0xfd0732Dc9E303f09fCEf3a7388Ad10A83459Ec99',
    codeHash: '0x7c6007a5d711cea8dfd5d91f5940ec29c7f200fe511eb1fc1397b367af3c42f9',
  },
} as const;

/** The singleton a Safe proxy on `chainId` should use: Safe on Ethereum, SafeL2 (which emits events) elsewhere. */
export function safeSingletonName(chainId: number): 'Safe' | 'SafeL2' {
  return chainId === 1 ? 'Safe' : 'SafeL2';
}
