// The light/dark choice: kept in a cookie so the server renders the next page in it (no flash), applied to <html>.
window.infraTheme = {
  set(dark) {
    document.cookie = `theme=${dark ? "dark" : "light"}; path=/; max-age=31536000; samesite=lax`;
    document.documentElement.classList.toggle("theme-dark", dark);
  },
};
