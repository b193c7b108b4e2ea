#!/usr/bin/env bash
# Installs what the end-to-end tests need, offline from GitHub: Debian's chromium (driven by
# playwright-core) and code-server (VS Code in the browser, from npm) in .cache/code-server for the
# extension; Debian's neovim (0.7.2 in Debian 12, the oldest the README's recipe supports) and
# pre-commit (the hook is run under the real framework).
# Idempotent: each step is skipped when its result is already there.
# Used by .ci/run and by developers; needs root (or sudo) for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3          # the newest code-server that runs on Node 20
RIPGREP_VERSION=v13.0.0-10           # what @vscode/ripgrep 1.15.11 (inside code-server) downloads
PREFIX=.cache/code-server

say() { printf 'install-e2e: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. System packages: a browser, the gssapi headers kerberos builds against, rg, Neovim (the
#    recipe for other editors is tested in it) and the pre-commit framework (the hook too).
missing=()
for pkg in chromium libkrb5-dev ripgrep neovim pre-commit; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "chromium, libkrb5-dev, ripgrep, neovim and pre-commit are installed"
fi

# 2. code-server, unless this version is already in the cache folder.
installed=$(node -p "try { require('./$PREFIX/node_modules/code-server/package.json').version } catch { '' }")
if [ "$installed" = "$CODE_SERVER_VERSION" ]; then
  say "code-server $CODE_SERVER_VERSION is installed in $PREFIX"
else
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this tarball in its
  # cache folder: Debian's rg, tarred there, is the same program.
  tmp=$(node -p "require('os').tmpdir()")
  cache="$tmp/vscode-ripgrep-cache-1.15.11"
  tarball="$cache/ripgrep-$RIPGREP_VERSION-x86_64-unknown-linux-musl.tar.gz"
  if [ ! -s "$tarball" ]; then
    mkdir -p "$cache/rg-bin"
    cp "$(command -v rg)" "$cache/rg-bin/rg"
    tar -czf "$tarball" -C "$cache/rg-bin" rg
    rm -rf "$cache/rg-bin"
  fi
  say "npm install code-server@$CODE_SERVER_VERSION into $PREFIX (about a minute)"
  mkdir -p "$PREFIX"
  # Its own package.json, so that npm never treats this folder as part of the workspaces.
  [ -f "$PREFIX/package.json" ] || printf '{ "name": "cxgov-e2e-tools", "private": true }\n' >"$PREFIX/package.json"
  # unsafe_perm: code-server refuses to install as root otherwise; yes: its postinstall runs
  # `npx node-gyp`, which would wait for a "yes" and be cancelled.
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
fi
say "ready: $PREFIX/node_modules/.bin/code-server, /usr/bin/chromium, /usr/bin/nvim"
