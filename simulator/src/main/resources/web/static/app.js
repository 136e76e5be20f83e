// Telesim's pages: every form with data-api sends its fields as JSON to that API path, with the CSRF
// token (the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header), and shows the answer in its
// [data-result]. data-method picks the HTTP method (POST by default); data-then says what follows a
// success: "reload", "go:/path", or "show:ID" (reveal another form). Inputs with data-type="kopecks"
// are sent as kopecks from roubles typed by people; data-type="int" as integers; data-type="list" gathers the fields
// of one name into a list (the checked boxes, or the option chosen when it has a value). A button with data-print
// prints the page. Other scripts reach the CSRF token and the roubles reading as Telesim.csrf and Telesim.kopecks.
window.Telesim = (function () {
  function csrf() {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  function kopecks(text) {
    return Math.round(parseFloat(text.replace(',', '.').replace(/\s/g, '')) * 100);
  }

  function value(input) {
    if (input.type === 'checkbox') return input.checked;
    const text = input.value.trim();
    if (input.dataset.type === 'kopecks') return kopecks(text);
    if (input.dataset.type === 'int') return parseInt(text, 10);
    return text;
  }

  function body(form) {
    const json = {};
    form.querySelectorAll('input[name], select[name], textarea[name]').forEach(function (input) {
      if (input.dataset.type === 'list') {
        const list = json[input.name] || (json[input.name] = []);
        if ((input.type !== 'checkbox' || input.checked) && input.value.trim()) list.push(input.value.trim());
        return;
      }
      if (input.type === 'radio' && !input.checked) return;
      if (input.value === '' && input.type !== 'checkbox' && !input.required) return;
      json[input.name] = value(input);
    });
    return json;
  }

  async function send(form) {
    const result = form.querySelector('[data-result]');
    const method = form.dataset.method || 'POST';
    const payload = method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify(body(form));
    let path = form.dataset.api;
    if (method === 'GET') path += '?' + new URLSearchParams(body(form)).toString();
    if (result) { result.textContent = '…'; result.className = 'result'; }
    const response = await fetch(path, {
      method: method, body: payload, credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf()}
    });
    const text = await response.text();
    let answer = {};
    try { answer = text ? JSON.parse(text) : {}; } catch (e) { answer = {error: text}; }
    if (!response.ok) {
      if (result) { result.textContent = answer.error || response.statusText; result.className = 'result error'; }
      return;
    }
    if (result) { result.textContent = answer.message || form.dataset.done || 'OK'; result.className = 'result ok'; }
    form.dispatchEvent(new CustomEvent('telesim:done', {detail: answer, bubbles: true}));
    const then = form.dataset.then || '';
    if (then === 'reload') location.reload();
    else if (then.startsWith('go:')) location.href = then.substring(3);
    else if (then.startsWith('show:')) {
      const next = document.getElementById(then.substring(5));
      next.classList.add('shown');
      (next.dataset.copy || '').split(',').filter(Boolean).forEach(function (name) {
        next.querySelector('[name="' + name + '"]').value = form.querySelector('[name="' + name + '"]').value;
      });
      const first = next.querySelector('input:not([type=hidden])');
      if (first) first.focus();
    }
  }

  document.addEventListener('submit', function (event) {
    const form = event.target;
    if (!form.dataset.api) return;
    event.preventDefault();
    send(form).catch(function (error) {
      const result = form.querySelector('[data-result]');
      if (result) { result.textContent = String(error); result.className = 'result error'; }
    });
  });

  document.addEventListener('click', function (event) {
    if (event.target.matches('[data-print]')) window.print();
  });

  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-switch-number]')) {
      location.href = location.pathname.replace(/\/account\/\d+/, '/account/' + event.target.value);
    }
  });
  return {csrf: csrf, kopecks: kopecks};
})();
