# Sourced by the scripts: the pinned local tools come first on PATH (node_modules/.bin holds
# wasm-opt 132 from the npm package binaryen; an older Debian wasm-opt cannot read current output).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
cd "$ROOT"

# The release build's standard library (scripts/build): compiled from source with the widget, with
# `-Cpanic=immediate-abort`, so that a panic is a trap at once (boot.js then asks for a reload in
# every widget) and neither the panic machinery nor the formatting it needs is in the wasm:
# −14 KB gzip for each module (ARCHITECTURE.md, "Budgets"). Both are unstable; this machine's
# stable rustc takes them with RUSTC_BOOTSTRAP=1, for the wasm target only (the flags are the
# target's, the std source is this rustc's own: component rust-src). Without rust-src the build
# uses the prebuilt std and says so. Debug builds (scripts/serve) and the tests keep the panic
# hook's message in the console.
release_std() {
  if [ -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library/std" ]; then
    export RUSTC_BOOTSTRAP=1
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    # The standard library's smaller variants of what it offers two ways (−0.6 KB gzip).
    export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
    # The standard library's own dependencies, fetched before an offline build.
    cargo fetch --quiet --target wasm32-unknown-unknown
  else
    echo "[build] rust-src missing: the prebuilt std, with panic messages (+14 KB gzip per module)" >&2
  fi
}
