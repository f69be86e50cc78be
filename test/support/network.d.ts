/** Types of network.js (plain JavaScript). */
export function installNetworkCounter(): { reset(): void; requests(): string[]; uninstall(): void };
