import type { RelayChannel } from '@relais/admin-data-access';

/** In the order an ambassador most likely passes a message on. */
export const RELAY_CHANNELS: readonly RelayChannel[] = ['MESSAGING_GROUP', 'SOCIAL_MEDIA', 'IN_PERSON', 'DOOR_TO_DOOR', 'PHONE', 'OTHER'];
