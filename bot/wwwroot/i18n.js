// Page texts of the Web Chat page, one table per shipped language (the bot's own texts come from its resx files).
// "name" is the language's own name, as shown in the language picker.
window.IntegrationBotPage = Object.freeze({
  languages: ['de', 'en', 'ar', 'tr', 'uk', 'ru', 'fa', 'nl'],
  rightToLeft: ['ar', 'fa'],
  // Web Chat ships UI strings per region; it has no Persian table (see faWebChatStrings).
  webChatLocales: { de: 'de-DE', en: 'en-US', ar: 'ar-SA', tr: 'tr-TR', uk: 'uk-UA', ru: 'ru-RU', fa: 'fa-IR', nl: 'nl-NL' },
  texts: {
    de: {
      name: 'Deutsch', city: 'Stadt Münster', title: 'IntegrationBot', languageLabel: 'Sprache',
      intro: 'Melden Sie sich für Workshops an, reichen Sie Ideen ein oder finden Sie die passende Beratungsstelle.',
      chatLabel: 'Chat mit dem IntegrationBot', skip: 'Zum Chat springen', connecting: 'Der Chat wird gestartet …',
      error: 'Der Chat konnte nicht gestartet werden.', retry: 'Erneut versuchen',
      footer: 'Ein Angebot der Stadt Münster.', privacy: 'Datenschutz', restarted: 'Das Gespräch wurde auf Deutsch neu gestartet.',
      ended: 'Die Verbindung zum Gespräch ist beendet.', restart: 'Neues Gespräch beginnen'
    },
    en: {
      name: 'English', city: 'City of Münster', title: 'IntegrationBot', languageLabel: 'Language',
      intro: 'Register for workshops, share your ideas or find the right advice service.',
      chatLabel: 'Chat with IntegrationBot', skip: 'Skip to chat', connecting: 'Starting the chat …',
      error: 'The chat could not be started.', retry: 'Try again',
      footer: 'A service of the City of Münster.', privacy: 'Privacy', restarted: 'The conversation was restarted in English.',
      ended: 'The connection to this conversation has ended.', restart: 'Start a new conversation'
    },
    ar: {
      name: 'العربية', city: 'مدينة مونستر', title: 'IntegrationBot', languageLabel: 'اللغة',
      intro: 'سجّل في ورش العمل، أو شارك أفكارك، أو ابحث عن جهة الاستشارة المناسبة.',
      chatLabel: 'الدردشة مع IntegrationBot', skip: 'الانتقال إلى الدردشة', connecting: 'جارٍ بدء الدردشة …',
      error: 'تعذّر بدء الدردشة.', retry: 'حاول مرة أخرى',
      footer: 'خدمة مقدّمة من مدينة مونستر.', privacy: 'الخصوصية', restarted: 'أُعيد بدء المحادثة باللغة العربية.',
      ended: 'انتهى الاتصال بهذه المحادثة.', restart: 'ابدأ محادثة جديدة'
    },
    tr: {
      name: 'Türkçe', city: 'Münster Belediyesi', title: 'IntegrationBot', languageLabel: 'Dil',
      intro: 'Atölyelere kaydolun, fikirlerinizi paylaşın veya size uygun danışmanlık merkezini bulun.',
      chatLabel: 'IntegrationBot ile sohbet', skip: 'Sohbete geç', connecting: 'Sohbet başlatılıyor …',
      error: 'Sohbet başlatılamadı.', retry: 'Tekrar dene',
      footer: 'Münster Belediyesi’nin bir hizmetidir.', privacy: 'Gizlilik', restarted: 'Sohbet Türkçe olarak yeniden başlatıldı.',
      ended: 'Bu sohbetle bağlantı sona erdi.', restart: 'Yeni sohbet başlat'
    },
    uk: {
      name: 'Українська', city: 'Місто Мюнстер', title: 'IntegrationBot', languageLabel: 'Мова',
      intro: 'Зареєструйтеся на семінари, поділіться ідеями або знайдіть відповідну консультаційну службу.',
      chatLabel: 'Чат з IntegrationBot', skip: 'Перейти до чату', connecting: 'Запуск чату …',
      error: 'Не вдалося запустити чат.', retry: 'Спробувати ще раз',
      footer: 'Сервіс міста Мюнстер.', privacy: 'Захист даних', restarted: 'Розмову розпочато заново українською мовою.',
      ended: 'З’єднання з цією розмовою завершено.', restart: 'Почати нову розмову'
    },
    ru: {
      name: 'Русский', city: 'Город Мюнстер', title: 'IntegrationBot', languageLabel: 'Язык',
      intro: 'Запишитесь на семинары, поделитесь идеями или найдите подходящую консультационную службу.',
      chatLabel: 'Чат с IntegrationBot', skip: 'Перейти к чату', connecting: 'Запуск чата …',
      error: 'Не удалось запустить чат.', retry: 'Повторить попытку',
      footer: 'Сервис города Мюнстер.', privacy: 'Защита данных', restarted: 'Разговор перезапущен на русском языке.',
      ended: 'Соединение с этим разговором завершено.', restart: 'Начать новый разговор'
    },
    fa: {
      name: 'فارسی', city: 'شهر مونستر', title: 'IntegrationBot', languageLabel: 'زبان',
      intro: 'در کارگاه‌ها ثبت‌نام کنید، ایده‌های خود را به اشتراک بگذارید یا مرکز مشاورهٔ مناسب را پیدا کنید.',
      chatLabel: 'گفتگو با IntegrationBot', skip: 'رفتن به گفتگو', connecting: 'در حال شروع گفتگو …',
      error: 'شروع گفتگو ممکن نشد.', retry: 'تلاش دوباره',
      footer: 'خدمتی از شهر مونستر.', privacy: 'حریم خصوصی', restarted: 'گفتگو به زبان فارسی از نو آغاز شد.',
      ended: 'اتصال به این گفتگو پایان یافت.', restart: 'شروع گفتگوی جدید'
    },
    nl: {
      name: 'Nederlands', city: 'Stad Münster', title: 'IntegrationBot', languageLabel: 'Taal',
      intro: 'Meld u aan voor workshops, deel uw ideeën of vind de juiste adviesdienst.',
      chatLabel: 'Chat met IntegrationBot', skip: 'Naar de chat', connecting: 'De chat wordt gestart …',
      error: 'De chat kon niet worden gestart.', retry: 'Opnieuw proberen',
      footer: 'Een dienst van de stad Münster.', privacy: 'Privacy', restarted: 'Het gesprek is opnieuw gestart in het Nederlands.',
      ended: 'De verbinding met dit gesprek is beëindigd.', restart: 'Nieuw gesprek beginnen'
    }
  },
  // The Web Chat strings a Persian user meets most; the rest fall back to English.
  faWebChatStrings: {
    TEXT_INPUT_PLACEHOLDER: 'پیام خود را بنویسید',
    TEXT_INPUT_ALT: 'کادر نوشتن پیام',
    TEXT_INPUT_SEND_BUTTON_ALT: 'ارسال',
    ACTIVITY_STATUS_SEND_STATUS_ALT_SENDING: 'در حال ارسال',
    ACTIVITY_STATUS_SEND_FAILED_RETRY: 'ارسال نشد. [تلاش دوباره][RETRY].',
    ACTIVITY_STATUS_TIMESTAMP_JUST_NOW: 'همین حالا',
    CONNECTIVITY_STATUS_ALT_CONNECTING: 'در حال اتصال…',
    CONNECTIVITY_STATUS_ALT_FATAL: 'اتصال برقرار نشد.',
    CONNECTIVITY_STATUS_ALT_RECONNECTING: 'اتصال قطع شد. در حال اتصال دوباره…',
    SUGGESTED_ACTIONS_LABEL_ALT: 'پیشنهادها',
    TRANSCRIPT_ARIA_LABEL_ALT: 'تاریخچهٔ گفتگو؛ با کلیدهای جهت‌نما حرکت کنید.'
  }
});
