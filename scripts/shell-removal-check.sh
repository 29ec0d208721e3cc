#!/usr/bin/env bash
# Removes each code line of the desktop shell's wiring files once and runs the desktop-shell test;
# prints every line whose removal the test does not notice. Run by hand (one vitest run per line).
set -u
cd "$(dirname "$0")/.."
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(electron/main/index.ts electron/main/ipc.ts electron/main/security/install-guards.ts electron/main/app-protocol.ts)
survivors=0; checked=0
for file in "${files[@]}"; do
  cp "$file" "$file.keep"
  lines=$(wc -l < "$file")
  for n in $(seq 1 "$lines"); do
    text=$(sed -n "${n}p" "$file.keep")
    trimmed=$(echo "$text" | sed 's/^ *//')
    case "$trimmed" in ''|'//'*|'*'*|'/**'*|'}'|'});'|'} else {'|'import type'*) continue ;; esac
    sed "${n}d" "$file.keep" > "$file"
    checked=$((checked + 1))
    if npx vitest run tests/unit/main/desktop-shell.test.ts > /dev/null 2>&1; then
      survivors=$((survivors + 1)); echo "NOT NOTICED $file:$n: $trimmed"
    fi
  done
  mv "$file.keep" "$file"
done
echo "checked $checked lines, $survivors not noticed"
