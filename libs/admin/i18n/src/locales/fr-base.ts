import { frAccessible } from './fr-accessible';
import { frErrors } from './fr-errors';
import { frFrame } from './fr-frame';
import { frTime } from './fr-time';

/** The texts that come with the app: the frame's, and those of any page's errors, times and skeletons. */
export const frBase = { ...frFrame, ...frAccessible, ...frErrors, ...frTime };
