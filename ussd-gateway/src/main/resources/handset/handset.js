'use strict';
// The web handset: phones side by side, each a client of the gateway's HTTP/JSON protocol like any other,
// with its SMS inbox fed by the handset's WebSocket. The phones on the page are kept in ?numbers=.

const RECONNECT_MILLIS = 2000;
// The built-in services end every screen that shows money with "Balance 123.45 ₽".
const BALANCE = /Balance:?\s+(-?\d+(?:\.\d+)?\s*₽)/;

/** The number as the gateway writes it (79160000001) from +7, 8 or 10-digit forms; null when it is none. */
function normalise(text) {
  const digits = text.replace(/\D/g, '');
  if (digits.length === 11 && /^[78]/.test(digits)) {
    return '7' + digits.slice(1);
  }
  return digits.length === 10 ? '7' + digits : null;
}

/** +7 916 000-00-01. */
function formatted(msisdn) {
  return `+7 ${msisdn.slice(1, 4)} ${msisdn.slice(4, 7)}-${msisdn.slice(7, 9)}-${msisdn.slice(9)}`;
}

/** One request of the protocol; the answer's JSON, null for 204, or an Error with the gateway's reason. */
async function send(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.status === 204) {
    return null;
  }
  const answer = await response.json();
  if (!response.ok) {
    throw new Error(answer.error || `HTTP ${response.status}`);
  }
  return answer;
}

class Phone {
  constructor(msisdn, element, onRemove) {
    this.msisdn = msisdn;
    this.element = element;
    this.sessionId = null;
    this.busy = false;
    this.removed = false;
    this.messages = new Map();
    this.arrivals = 0;
    this.part = name => element.querySelector(`.${name}`);

    element.dataset.msisdn = msisdn;
    this.part('number').textContent = formatted(msisdn);
    element.querySelectorAll('[data-key]').forEach(key =>
      key.addEventListener('click', () => { this.part('typed').value += key.dataset.key; }));
    this.part('erase').addEventListener('click', () => { this.part('typed').value = this.part('typed').value.slice(0, -1); });
    this.part('call').addEventListener('click', () => this.call());
    this.part('entry').addEventListener('submit', event => { event.preventDefault(); this.call(); });
    this.part('hang-up').addEventListener('click', () => this.hangUp());
    this.part('ask-balance').addEventListener('click', () => this.askBalance());
    this.part('remove').addEventListener('click', () => { this.remove(); onRemove(this); });
    this.setSession(null, 'Type a code, e.g. *100#, and press Call');
    this.connect();
  }

  /** Dials what was typed, or sends it as the reply when a session is open. */
  async call() {
    const typed = this.part('typed').value.trim();
    if (this.busy || (!this.sessionId && !typed)) {
      return;
    }
    const request = this.sessionId
      ? send('POST', `/ussd/sessions/${encodeURIComponent(this.sessionId)}/reply`, { input: typed })
      : send('POST', '/ussd/sessions', { msisdn: this.msisdn, code: typed });
    await this.answer(request);
  }

  async hangUp() {
    const sessionId = this.sessionId;
    this.part('typed').value = '';
    if (!sessionId) {
      return;
    }
    this.setSession(null, 'Session ended');
    try {
      await send('DELETE', `/ussd/sessions/${encodeURIComponent(sessionId)}`);
    } catch (error) {
      // The gateway had already closed it (timeout or its last screen): ended either way.
    }
  }

  async askBalance() {
    if (this.busy) {
      return;
    }
    await this.hangUp();
    await this.answer(send('POST', '/ussd/sessions', { msisdn: this.msisdn, code: '*100#' }));
  }

  /** Shows the screen `request` brings; an error ends the session, as the gateway forgets it. */
  async answer(request) {
    this.busy = true;
    this.element.dataset.busy = 'true';
    try {
      const screen = await request;
      this.part('typed').value = '';
      this.show(screen.text);
      this.setSession(screen.end ? null : screen.sessionId, screen.end ? 'Session ended' : 'Type the answer and press Call');
    } catch (error) {
      this.show(`Error: ${error.message}`);
      this.setSession(null, 'Session ended');
    } finally {
      this.busy = false;
      delete this.element.dataset.busy;
    }
  }

  show(text) {
    this.part('screen').textContent = text;
    const balance = BALANCE.exec(text);
    if (balance) {
      this.part('balance').textContent = `Balance: ${balance[1]}`;
    }
  }

  setSession(sessionId, status) {
    this.sessionId = sessionId;
    this.element.dataset.session = sessionId ? 'open' : 'closed';
    this.part('status').textContent = status;
  }

  /** The handset's WebSocket: new SMS and network screens; the inbox is (re)loaded each time it opens. */
  connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/ussd/handsets/${this.msisdn}`);
    socket.addEventListener('open', () => {
      this.setLink('open');
      this.loadInbox();
    });
    socket.addEventListener('message', event => this.receive(JSON.parse(event.data)));
    socket.addEventListener('close', () => {
      this.setLink('closed');
      if (!this.removed) {
        setTimeout(() => this.connect(), RECONNECT_MILLIS);
      }
    });
    this.socket = socket;
  }

  setLink(state) {
    this.element.dataset.link = state;
    this.part('link').textContent = state === 'open' ? 'online' : 'offline';
  }

  receive(event) {
    if (event.type === 'sms') {
      this.addMessages([event]);
    } else if (event.type === 'ussn') {
      this.show(event.text);
      this.part('status').textContent = 'Message from the network';
    }
  }

  async loadInbox() {
    try {
      const inbox = await send('GET', `/ussd/handsets/${this.msisdn}/inbox`);
      this.addMessages(inbox.reverse());
      this.element.dataset.inbox = 'loaded';
    } catch (error) {
      this.part('status').textContent = `Inbox: ${error.message}`;
    }
  }

  /** Adds `messages`, oldest first, skipping those already shown (the socket and the list may both bring one). */
  addMessages(messages) {
    for (const message of messages) {
      const key = `${message.time}|${message.from}|${message.text}`;
      if (!this.messages.has(key)) {
        this.messages.set(key, { ...message, arrival: this.arrivals++ });
      }
    }
    const newestFirst = [...this.messages.values()].sort((a, b) => b.time - a.time || b.arrival - a.arrival);
    this.part('inbox').replaceChildren(...newestFirst.map(Phone.messageItem));
  }

  static messageItem(message) {
    const item = document.createElement('li');
    const from = document.createElement('span');
    from.className = 'from';
    from.textContent = message.from;
    const time = document.createElement('time');
    time.dateTime = new Date(message.time).toISOString();
    time.textContent = new Date(message.time).toLocaleString();
    const text = document.createElement('p');
    text.className = 'text';
    text.textContent = message.text;
    item.append(from, time, text);
    return item;
  }

  remove() {
    this.removed = true;
    this.hangUp();
    this.socket.close();
    this.element.remove();
  }
}

const phones = [];

function addPhone(msisdn) {
  if (phones.some(phone => phone.msisdn === msisdn)) {
    return;
  }
  const element = document.getElementById('phone-template').content.firstElementChild.cloneNode(true);
  document.getElementById('phones').append(element);
  phones.push(new Phone(msisdn, element, removed => {
    phones.splice(phones.indexOf(removed), 1);
    rememberPhones();
  }));
  rememberPhones();
}

/** Keeps the page's address in step with its phones, so a reload or a bookmark brings them back. */
function rememberPhones() {
  const url = new URL(location.href);
  url.searchParams.set('numbers', phones.map(phone => phone.msisdn).join(','));
  history.replaceState(null, '', url);
}

document.getElementById('add-phone').addEventListener('submit', event => {
  event.preventDefault();
  const input = document.getElementById('new-number');
  const msisdn = normalise(input.value);
  document.getElementById('add-error').textContent = msisdn ? '' : `${input.value} is not a Russian number`;
  if (msisdn) {
    addPhone(msisdn);
    input.value = '';
  }
});

for (const text of (new URLSearchParams(location.search).get('numbers') || '').split(',')) {
  const msisdn = normalise(text);
  if (msisdn) {
    addPhone(msisdn);
  }
}
