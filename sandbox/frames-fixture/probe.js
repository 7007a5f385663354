// A frames fixture: the sandbox serves it under /test-frames-fixture (routes-frames.mjs tests).
document.documentElement.dataset.probe = "ran";
