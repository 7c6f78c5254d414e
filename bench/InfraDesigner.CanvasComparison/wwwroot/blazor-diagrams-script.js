// Blazor.Diagrams' script is a classic script (it assigns undeclared globals), so it cannot be imported as a
// module; the page adds it as a <script> element once, which the Content-Security-Policy allows (same origin).
export function load(src) {
    return new Promise((resolve, reject) => {
        if (window.ZBlazorDiagrams) return resolve();
        const script = document.createElement('script');
        script.src = src;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`could not load ${src}`));
        document.head.appendChild(script);
    });
}
