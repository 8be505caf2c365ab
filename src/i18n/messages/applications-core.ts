import { defineMessages } from '../define';

// Messages of the shared applications core (stage changes); the screening and applying pages keep
// their own message files.
export default defineMessages(
  {
    'applications.unknownStage': 'その選考ステージはこの案件にありません。',
    'applications.email.stageChangedSubject': '【つなぐ】「{title}」の選考状況が更新されました',
    'applications.email.stageChangedBody':
      '{name} 様\n\n「{title}」へのご応募の選考状況が「{stage}」になりました。詳細は次のページでご確認ください。',
    'applications.email.stageChangedWithMessage':
      '{name} 様\n\n「{title}」へのご応募の選考状況が「{stage}」になりました。\n\n受け入れ先からのメッセージ:\n{message}\n\n詳細は次のページでご確認ください。',
  },
  {
    'applications.unknownStage': 'That stage does not belong to this opportunity.',
    'applications.email.stageChangedSubject': '[Tsunagu] Update on your application to “{title}”',
    'applications.email.stageChangedBody':
      'Dear {name},\n\nYour application to “{title}” is now at the stage “{stage}”. See the details here:',
    'applications.email.stageChangedWithMessage':
      'Dear {name},\n\nYour application to “{title}” is now at the stage “{stage}”.\n\nMessage from the host:\n{message}\n\nSee the details here:',
  },
);
