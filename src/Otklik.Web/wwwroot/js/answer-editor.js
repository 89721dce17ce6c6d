// Runs the plain-language check while the answer is typed and lists the findings under the editor.
// Without scripts, the «Проверить язык» button does the same check on the server.
(() => {
  const text = document.getElementById('AnswerText');
  const refusal = document.querySelector('input[name="Refusal"]');
  const out = document.getElementById('plain-live');
  if (!text || !out) {
    return;
  }

  const summary = out.querySelector('[data-testid="live-reading-ease"]');
  const list = out.querySelector('[data-testid="live-findings"]');
  let timer = 0;
  let latest = 0;

  const item = (checked, finding) => {
    const li = document.createElement('li');
    const prefix = finding.severity === 'error' ? 'Ошибка: ' : '';
    const better = finding.suggestion ? ` Лучше: «${finding.suggestion}».` : '';
    const fragment = checked.slice(finding.start, finding.start + finding.length);
    li.textContent = `${prefix}${finding.message}${better}`;
    if (fragment) {
      const mark = document.createElement('mark');
      mark.textContent = fragment;
      li.prepend(mark, ' — ');
    }
    return li;
  };

  const render = (checked, result) => {
    summary.textContent = `Лёгкость чтения: ${Math.round(result.score)} из 100, ` +
      `нужно классов школы: ${Math.round(result.grade)}. Замечаний: ${result.findings.length}.`;
    list.replaceChildren(...result.findings.slice(0, 40).map((finding) => item(checked, finding)));
    out.hidden = false;
  };

  const check = async () => {
    const mine = ++latest;
    const checked = text.value;
    if (!checked.trim()) {
      out.hidden = true;
      return;
    }
    try {
      const response = await fetch('/api/v1/text/plain-language', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: checked, refusal: Boolean(refusal && refusal.checked) }),
      });
      // Spans refer to the text that was checked; typing since then brings a newer check.
      if (response.ok && mine === latest && text.value === checked) {
        render(checked, await response.json());
      }
    } catch {
      // The check is a help while typing; the server checks the answer again when it is sent.
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  };

  text.addEventListener('input', schedule);
  if (refusal) {
    refusal.addEventListener('change', schedule);
  }
  schedule();
})();
