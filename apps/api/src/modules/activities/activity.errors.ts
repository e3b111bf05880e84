import { ACTIVITY_MESSAGES, registerMessages } from '@luzhi/shared';

registerMessages(ACTIVITY_MESSAGES);

export { invalidTransition } from '../../common/errors';
