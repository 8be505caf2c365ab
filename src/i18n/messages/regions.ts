import { defineMessages } from '../define';

export default defineMessages(
  {
    'regions.validation.tooLong': '入力できる文字数を超えています。',
    'regions.validation.count': '0以上の整数で入力してください。',
    'regions.validation.minutes': '所要時間は0〜1440分の整数で入力してください。',
    'regions.validation.date': '日付を YYYY-MM-DD の形式で入力してください。',
    'regions.validation.url': 'http:// または https:// で始まるURLを入力してください。',
    'regions.validation.tooManyBases': 'コワーキング拠点は20件までです。',
  },
  {
    'regions.validation.tooLong': 'This text is too long.',
    'regions.validation.count': 'Enter a whole number (0 or more).',
    'regions.validation.minutes': 'Enter whole minutes from 0 to 1440.',
    'regions.validation.date': 'Enter a date as YYYY-MM-DD.',
    'regions.validation.url': 'Enter a URL starting with http:// or https://.',
    'regions.validation.tooManyBases': 'List at most 20 coworking bases.',
  },
);
