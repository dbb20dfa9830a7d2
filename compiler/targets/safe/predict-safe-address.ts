import {
  type Address,
  concat,
  encodeAbiParameters,
  getContractAddress,
  type Hex,
  keccak256,
  pad,
} from 'viem';
import { safeProxyCreationCode } from './safe-proxy-creation-code.ts';

/** Parameters of {@link predictSafeAddress}: one call to `SafeProxyFactory.createProxyWithNonce`. */
export interface PredictSafeAddressParameters {
  /** The SafeProxyFactory v1.4.1 called. */
  factory: Address;
  /** The singleton the proxy delegates to. */
  singleton: Address;
  /** The `setup(...)` calldata passed as `initializer`. */
  initializer: Hex;
  saltNonce: bigint;
}

/**
 * The address a Safe proxy gets from SafeProxyFactory v1.4.1's `createProxyWithNonce(singleton, initializer,
 * saltNonce)` (contracts/proxies/SafeProxyFactory.sol, deployProxy): CREATE2 from the factory with salt
 * `keccak256(keccak256(initializer) ‖ uint256(saltNonce))` and init code `proxyCreationCode ‖ uint256(singleton)`.
 * Known before anything is sent, so a timelock can name the Safe as its canceller before the Safe exists.
 */
export function predictSafeAddress(parameters: PredictSafeAddressParameters): Address {
  const salt = keccak256(
    concat([
      keccak256(parameters.initializer),
      encodeAbiParameters([{ type: 'uint256' }], [parameters.saltNonce]),
    ]),
  );
  return getContractAddress({
    opcode: 'CREATE2',
    from: parameters.factory,
    salt,
    bytecode: concat([safeProxyCreationCode, pad(parameters.singleton)]),
  });
}
