/** IONOS contracts and their admin users. (Filled in by the contracts feature.) */
export const contractChannels = {};
