// Shows the first screen prerendered in index.html (scripts/first-screen.mjs) in the page's first
// paint, when the URL asks for the guide's first question: a classic script in the head, so it
// runs before anything is painted (boot.js, a module, runs only after the page is parsed).
// A link to any other screen keeps it hidden; boot.js takes it from there.
if (/^(#\/?|#\/guide)?$/.test(location.hash)) document.documentElement.classList.add("sg-first-screen");
