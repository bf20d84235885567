import { enAccessible } from './en-accessible';
import { enErrors } from './en-errors';
import { enFrame } from './en-frame';
import { enTime } from './en-time';

/** The texts that come with the app: the frame's, and those of any page's errors, times and skeletons. */
export const enBase = { ...enFrame, ...enAccessible, ...enErrors, ...enTime };
