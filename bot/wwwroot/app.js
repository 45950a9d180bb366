// The Web Chat page: picks a language, gets a Direct Line token from this host (the secret stays on the server),
// and renders Microsoft Web Chat against the bot's embedded Direct Line at ./v3/directline.
// Query parameters: ?lang=de|en|ar|tr|uk|ru|fa|nl, and ?transport=polling to poll instead of using a WebSocket.
(function () {
  'use strict';

  var page = window.IntegrationBotPage;
  var params = new URLSearchParams(window.location.search);
  var useWebSocket = params.get('transport') !== 'polling';
  var storageKey = 'integrationbot.language';
  var elements = {
    picker: document.getElementById('language'),
    chat: document.getElementById('webchat'),
    notice: document.getElementById('notice'),
    noticeText: document.getElementById('notice-text'),
    retry: document.getElementById('retry'),
    banner: document.getElementById('banner'),
    restart: document.getElementById('restart'),
    status: document.getElementById('status')
  };
  var current = null; // { directLine, host } of the running conversation
  var generation = 0; // ignores answers of a start that a newer language choice overtook
  // directlinejs ConnectionStatus: 3 ExpiredToken, 4 FailedToConnect, 5 Ended (e.g. the server restarted or the
  // conversation expired). Web Chat cannot recover from these by itself, so the page offers a new conversation.
  var deadStatuses = [3, 4, 5];

  // Münster red #c8102e: 5.9:1 on white, white text on it 5.9:1.
  var styleOptions = {
    accent: '#c8102e',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f3f3f3',
    bubbleBorderColor: '#e0e0e0',
    bubbleBorderRadius: 8,
    bubbleTextColor: '#1f1f1f',
    bubbleFromUserBackground: '#c8102e',
    bubbleFromUserBorderColor: '#c8102e',
    bubbleFromUserBorderRadius: 8,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMaxWidth: 560,
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#c8102e',
    suggestedActionBorderRadius: 20,
    suggestedActionTextColor: '#c8102e',
    suggestedActionBackgroundColorOnHover: '#fbe9ec',
    sendBoxButtonColor: '#c8102e',
    sendBoxBorderTop: 'solid 1px #d6d6d6',
    hideUploadButton: true,
    timestampColor: '#5c5c5c'
  };

  function supported(code) {
    code = (code || '').toLowerCase().split(/[-_]/)[0];
    return page.languages.indexOf(code) >= 0 ? code : null;
  }

  function initialLanguage() {
    var stored = null;
    try { stored = window.localStorage.getItem(storageKey); } catch (e) { /* storage disabled */ }
    var candidates = [params.get('lang'), stored].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < candidates.length; i++) {
      var match = supported(candidates[i]);
      if (match) return match;
    }
    return 'de';
  }

  function direction(language) {
    return page.rightToLeft.indexOf(language) >= 0 ? 'rtl' : 'ltr';
  }

  function fillPicker(selected) {
    page.languages.forEach(function (code) {
      var option = document.createElement('option');
      option.value = code;
      option.lang = code;
      option.dir = direction(code);
      option.textContent = page.texts[code].name;
      option.selected = code === selected;
      elements.picker.appendChild(option);
    });
  }

  function applyPageTexts(language) {
    var texts = page.texts[language];
    document.documentElement.lang = language;
    document.documentElement.dir = direction(language);
    document.title = texts.title + ' – ' + texts.city;
    document.querySelectorAll('[data-i18n]').forEach(function (element) {
      element.textContent = texts[element.getAttribute('data-i18n')];
    });
    document.getElementById('privacy-link').href = '/privacy?lang=' + encodeURIComponent(language);
  }

  function showNotice(text, withRetry) {
    elements.noticeText.textContent = text;
    elements.retry.hidden = !withRetry;
    elements.notice.hidden = false;
  }

  function stopConversation() {
    if (!current) return;
    try { current.directLine.end(); } catch (e) { /* already ended */ }
    current.host.remove();
    current = null;
  }

  function fetchToken() {
    return fetch(new URL('api/directline/token', document.baseURI), {
      method: 'POST',
      headers: { Accept: 'application/json' },
      cache: 'no-store'
    }).then(function (response) {
      if (!response.ok) throw new Error('Token request failed with HTTP ' + response.status);
      return response.json();
    });
  }

  function startConversation(language) {
    var mine = ++generation;
    var texts = page.texts[language];
    stopConversation();
    elements.banner.hidden = true;
    showNotice(texts.connecting, false);
    return fetchToken().then(function (answer) {
      if (mine !== generation) return;
      var directLine = window.WebChat.createDirectLine({
        token: answer.token,
        domain: new URL('v3/directline', document.baseURI).href,
        webSocket: useWebSocket,
        conversationStartProperties: { locale: page.webChatLocales[language] }
      });
      var host = document.createElement('div');
      host.className = 'chat__host';
      elements.chat.appendChild(host);
      current = { directLine: directLine, host: host };
      directLine.connectionStatus$.subscribe(function (status) {
        if (mine === generation && deadStatuses.indexOf(status) >= 0) elements.banner.hidden = false;
      });
      window.WebChat.renderWebChat({
        directLine: directLine,
        store: window.WebChat.createStore(),
        locale: page.webChatLocales[language],
        dir: direction(language),
        overrideLocalizedStrings: language === 'fa' ? page.faWebChatStrings : undefined,
        styleOptions: styleOptions
      }, host);
      elements.notice.hidden = true;
    }).catch(function (error) {
      if (mine !== generation) return;
      console.error(error);
      showNotice(texts.error, true);
    });
  }

  function changeLanguage(language) {
    try { window.localStorage.setItem(storageKey, language); } catch (e) { /* storage disabled */ }
    params.set('lang', language);
    window.history.replaceState(null, '', '?' + params.toString());
    applyPageTexts(language);
    startConversation(language).then(function () {
      elements.status.textContent = page.texts[language].restarted;
    });
  }

  var language = initialLanguage();
  fillPicker(language);
  applyPageTexts(language);
  elements.picker.addEventListener('change', function () { changeLanguage(elements.picker.value); });
  elements.retry.addEventListener('click', function () { startConversation(elements.picker.value); });
  elements.restart.addEventListener('click', function () { startConversation(elements.picker.value); });
  startConversation(language);
}());
