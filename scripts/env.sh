# Sourced by the scripts: the pinned local tools come first on PATH (node_modules/.bin holds
# wasm-opt 132 from the npm package binaryen; an older Debian wasm-opt cannot read current output).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
cd "$ROOT"

# wasm-opt's flags for a release module: those index.html gives Trunk for the first-load module
# (`data-wasm-opt="z"`, `data-wasm-opt-params`), for the trainer module (scripts/trainer-module)
# and twiggy's names-kept build (scripts/size-names). `--low-memory-unused`: invariant 18.
# `--converge`: the passes run again until the module stops shrinking (first-load wasm −57 B
# gzip, trainer module −186 B, a few seconds of build; ARCHITECTURE.md, "Each routine its summary").
WASM_OPT_RELEASE=(-Oz --low-memory-unused --converge)

# The release build's standard library (scripts/build and scripts/serve): compiled from source
# with the widget, with `-Cpanic=immediate-abort`, so that a panic is a trap at once (boot.js then
# asks for a reload in every widget) and neither the panic machinery nor the formatting it needs
# is in the wasm: −15 KB gzip of the first-load wasm, −22 KB of the trainer module's
# (ARCHITECTURE.md, "Budgets"). Both are unstable: this machine's stable rustc takes them with
# RUSTC_BOOTSTRAP=1 (set for these builds, in their own target folder, so that the build scripts
# that look at it, proc-macro2's, do not rebuild the native builds' dependencies); the flags are
# the wasm target's, the std source is this rustc's own (component rust-src). Without rust-src, or
# with a rustc that lacks the flag (before 1.92), the build uses the prebuilt std and says so;
# the size budget test then fails. The tests' own builds keep the prebuilt std and its messages.
release_std() {
  local say="[build] the prebuilt std, with panic messages (about 15 KB gzip more per module):"
  if [ ! -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library/std" ]; then
    echo "$say rust-src is missing" >&2
  elif ! RUSTC_BOOTSTRAP=1 rustc -Zunstable-options -Cpanic=immediate-abort --target wasm32-unknown-unknown \
      --print cfg >/dev/null 2>&1; then
    echo "$say this rustc has no -Cpanic=immediate-abort" >&2
  else
    if [ -n "${RUSTFLAGS:-}${CARGO_ENCODED_RUSTFLAGS:-}" ]; then
      echo "[build] RUSTFLAGS is set: it replaces the release build's own flags" >&2
    fi
    export RUSTC_BOOTSTRAP=1
    export CARGO_TARGET_DIR="$ROOT/target/release-std"
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    # The standard library's smaller variants of what it offers two ways (−0.6 KB gzip).
    export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
    # The standard library's own dependencies, fetched before an offline build.
    cargo fetch --quiet --target wasm32-unknown-unknown
  fi
}
