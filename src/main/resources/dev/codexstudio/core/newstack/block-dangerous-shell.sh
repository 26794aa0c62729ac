#!/bin/sh
# PreToolUse hook (matcher "Bash"): refuse shell commands that destroy data or history.
# Codex sends the tool call as JSON on stdin; a JSON answer with permissionDecision "deny"
# blocks the command and shows the reason to the model. No output means "no objection".
payload=$(cat)
# One line, so the patterns also see commands that span several lines.
text=$(printf '%s' "$payload" | tr '\n\r' '  ')

# End of a path or command word: space, end of the JSON string, a separator or the end.
end='([[:space:]]|\\?"|;|&|[|]|[)]|$)'

deny() {
  printf '{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":"deny","permissionDecisionReason":"%s"}}\n' "$1"
  exit 0
}

matches() {
  printf '%s' "$text" | grep -Eq -- "$1"
}

word='(^|[^[:alnum:]_./-])'
if matches "${word}rm[[:space:]]+(-[[:alpha:]-]+[[:space:]]+)*-[[:alpha:]]*[rR][[:alpha:]]*([[:space:]]+-[[:alpha:]-]+)*[[:space:]]+(/|/[*]|~|~/|[\$]HOME|[\$][{]HOME[}]|/home|/usr|/etc|/var|/bin|/lib)/?$end"; then
  deny "Blocked: recursive rm of the root, the home folder or a system folder. Delete the specific files instead."
fi
if matches "${word}rm[[:space:]][^;&|]*--no-preserve-root"; then
  deny "Blocked: rm --no-preserve-root."
fi
if matches "git[[:space:]]+push([[:space:]]+[^;&|]*)?[[:space:]](--force|-f|--mirror)$end" \
   || matches "git[[:space:]]+push([[:space:]]+[^;&|]*)?[[:space:]][+][[:alnum:]_./-]+"; then
  deny "Blocked: a force push rewrites shared history. Push normally; if history must be rewritten, ask the user to run git push --force-with-lease."
fi
if matches "git[[:space:]]+reset([[:space:]]+[^;&|]*)?[[:space:]]--hard$end"; then
  deny "Blocked: git reset --hard throws away uncommitted work. Use git stash, or git restore on specific files."
fi
if matches "git[[:space:]]+clean([[:space:]]+[^;&|]*)?[[:space:]]-[[:alpha:]]*f"; then
  deny "Blocked: git clean -f deletes untracked files for good. Remove the specific files instead."
fi
if matches "${word}(mkfs([.][[:alnum:]]+)?|fdisk|wipefs)[[:space:]]"; then
  deny "Blocked: formatting or repartitioning a disk."
fi
if matches "${word}dd[[:space:]][^;&|]*of=/dev/(sd|nvme|hd|disk|mmcblk|xvd|vd)"; then
  deny "Blocked: dd onto a disk device overwrites it."
fi
if matches ">[[:space:]]*/dev/(sd|nvme|hd|disk|mmcblk|xvd|vd)"; then
  deny "Blocked: writing onto a disk device."
fi
if matches "chmod[[:space:]]+(-[[:alpha:]]+[[:space:]]+)*-R[[:space:]]+[0-7]*777[[:space:]]+/$end"; then
  deny "Blocked: chmod -R 777 on the root folder."
fi
if matches ":[[:space:]]*[(][)][[:space:]]*[{][[:space:]]*:[[:space:]]*[|][[:space:]]*:"; then
  deny "Blocked: a fork bomb."
fi
if matches "(curl|wget)[[:space:]][^;&]*[|][[:space:]]*(sudo[[:space:]]+)?(sh|bash|zsh|dash)$end"; then
  deny "Blocked: piping a download into a shell runs code nobody reviewed. Download the script, read it, then run it."
fi
exit 0
