import { defineMessages } from '../define';

export default defineMessages(
  {
    'programmes.errors.featureOnlyOpen': '注目に設定できるのは、募集中の案件だけです。',
  },
  {
    'programmes.errors.featureOnlyOpen': 'Only open opportunities can be featured.',
  },
);
