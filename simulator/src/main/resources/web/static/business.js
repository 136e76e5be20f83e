// The company pages' forms. The bulk operation form (data-bulk) sends one operation for a branch or a list of numbers,
// with a fresh request id, and shows the result of every number in #bulk-results; its parameter field is read as the
// operation needs it (a service or tariff id, roubles for amounts, the SMS text, a forwarding "condition target", a
// branch or billing account id to move to). The CSRF token and the roubles reading are app.js's (Telesim).
(function () {
  function withParameter(body, operation, parameter) {
    switch (operation) {
      case 'connect-service': case 'disconnect-service': body.serviceId = parameter; break;
      case 'change-tariff': body.tariffId = parameter; break;
      case 'promised-payment': case 'set-spending-limit': body.amount = Telesim.kopecks(parameter || '0'); break;
      case 'send-sms': body.text = parameter; break;
      case 'set-forwarding': { const parts = parameter.split(/\s+/); body.condition = parts[0]; body.forwardTo = parts.slice(1).join(''); break; }
      case 'clear-forwarding': body.condition = parameter; break;
      case 'move-to-branch': body.toBranchId = parameter; break;
      case 'move-to-account': body.toAccountId = parameter; break;
      case 'replace-sim': if (parameter) body.iccid = parameter; break;
      default: break;
    }
    return body;
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
  }

  async function run(form) {
    const summary = form.querySelector('[data-result]');
    const operation = form.querySelector('[name=operation]').value;
    const branch = form.querySelector('[name=branchId]').value;
    const numbers = form.querySelector('[name=numbers]').value.split(/[\s,;]+/).filter(Boolean);
    const target = branch ? {branchId: branch} : {numbers: numbers};
    const body = withParameter({requestId: 'web-' + Date.now() + '-' + Math.floor(Math.random() * 1e6), target: target, operation: operation},
      operation, form.querySelector('[name=parameter]').value.trim());
    summary.textContent = '…';
    summary.className = 'result';
    const response = await fetch(form.dataset.bulk, {method: 'POST', credentials: 'same-origin', body: JSON.stringify(body),
      headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': Telesim.csrf()}});
    const answer = await response.json();
    const table = document.getElementById('bulk-results');
    table.textContent = '';
    if (!response.ok) {
      summary.textContent = answer.error || response.statusText;
      summary.className = 'result error';
      return;
    }
    summary.textContent = answer.succeeded + ' / ' + answer.total;
    summary.className = answer.failed === 0 ? 'result ok' : 'result error';
    answer.results.forEach(function (result) {
      const row = document.createElement('tr');
      row.id = 'result-' + result.number;
      row.className = result.ok ? 'ok' : 'error';
      cell(row, result.number);
      cell(row, result.code);
      cell(row, result.message);
      table.appendChild(row);
    });
  }

  document.addEventListener('submit', function (event) {
    const form = event.target;
    if (!form.dataset.bulk) return;
    event.preventDefault();
    run(form).catch(function (error) {
      const summary = form.querySelector('[data-result]');
      summary.textContent = String(error);
      summary.className = 'result error';
    });
  });
})();
