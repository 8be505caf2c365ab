import { createContext, useContext } from 'react';

/** The CSP nonce for this response; empty in the browser (scripts there are already trusted). */
export const NonceContext = createContext('');
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
