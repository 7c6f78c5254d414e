// The UI language: kept in ASP.NET Core's culture cookie, which the server reads for every page. A circuit keeps the
// language it started in, so the page reloads in the new one. Buttons marked data-language="ko" switch to it.
window.infraLanguage = {
  set(language) {
    const value = encodeURIComponent(`c=${language}|uic=${language}`);
    document.cookie = `.AspNetCore.Culture=${value}; path=/; max-age=31536000; samesite=lax`;
    location.reload();
  },
};
document.addEventListener('click', e => {
  const button = e.target.closest?.('[data-language]');
  if (button) window.infraLanguage.set(button.dataset.language);
});
