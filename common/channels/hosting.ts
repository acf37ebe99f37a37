/** HostBill services and virtual machines. (Filled in by the hosting feature.) */
export const hostingChannels = {};
